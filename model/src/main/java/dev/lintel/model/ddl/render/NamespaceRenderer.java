package dev.lintel.model.ddl.render;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.Extension;
import dev.lintel.model.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** CREATE SCHEMA, CREATE EXTENSION and CREATE TYPE ... AS ENUM: what everything else lives in or uses. */
final class NamespaceRenderer {
    private final RenderContext ctx;

    NamespaceRenderer(RenderContext ctx) {
        this.ctx = ctx;
    }

    /** Every schema any object lives in, except the target's default schema (which always exists). */
    List<Statement> schemas() {
        Schema s = ctx.schema();
        // A HashSet first: objects without a schema (MySQL) contribute null, which a TreeSet rejects.
        java.util.Set<String> names = new java.util.HashSet<>();
        s.namespaces().forEach(n -> names.add(n.name()));
        s.tables().forEach(t -> names.add(t.name().schema()));
        s.views().forEach(v -> names.add(v.name().schema()));
        s.enums().forEach(e -> names.add(e.name().schema()));
        s.domains().forEach(d -> names.add(d.name().schema()));
        s.sequences().forEach(q -> names.add(q.name().schema()));
        s.extensions().forEach(e -> names.add(e.schema()));
        names.remove(null);
        TreeSet<String> targetNames = new TreeSet<>();
        for (String name : names) {
            String mapped = ctx.targetSchema(name);
            if (mapped != null && !mapped.equals(ctx.target().defaultSchema())) {
                targetNames.add(mapped);
            }
        }
        List<Statement> out = new ArrayList<>();
        for (String name : targetNames) {
            out.add(Statement.of("CREATE SCHEMA IF NOT EXISTS " + ctx.ident(name)));
        }
        return out;
    }

    List<Statement> extensions() {
        List<Statement> out = new ArrayList<>();
        for (Extension e : ctx.schema().extensions()) {
            StringBuilder sb = new StringBuilder("CREATE EXTENSION IF NOT EXISTS ").append(ctx.ident(e.name()));
            if (e.schema() != null) {
                sb.append(" WITH SCHEMA ").append(ctx.ident(e.schema()));
            }
            if (e.version() != null) {
                sb.append(" VERSION ").append(ctx.literal(e.version()));
            }
            Statement statement = Statement.of(sb.toString());
            if (!ctx.is(Dialect.POSTGRES)) {
                List<String> notes = new ArrayList<>();
                ctx.limitation(notes, ctx.dialectName() + " has no extensions; " + e.name() + " omitted",
                        "extension " + e.name());
                statement = statement.withNotes(notes).commented();
            }
            out.add(statement);
        }
        return out;
    }

    /** Only PostgreSQL has named enum types; elsewhere the values are written into each column's type. */
    List<Statement> enums() {
        List<Statement> out = new ArrayList<>();
        if (!ctx.is(Dialect.POSTGRES)) {
            return out;
        }
        for (EnumType e : ctx.schema().enums()) {
            out.add(Statement.of("CREATE TYPE " + ctx.qualified(e.name()) + " AS ENUM ("
                    + SqlText.join(e.values(), ctx::literal) + ")"));
        }
        return out;
    }
}

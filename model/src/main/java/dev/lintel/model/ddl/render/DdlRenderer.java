package dev.lintel.model.ddl.render;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.OpaqueObject;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a schema as DDL for one dialect: deterministic, dependency-ordered, identifiers quoted
 * exactly when needed. What the target cannot express becomes a diagnostic and an SQL comment.
 *
 * <p>Order: schemas, extensions (after schemas because {@code WITH SCHEMA} needs its schema),
 * enum types, domains (base domains first), sequences, tables (partition and inheritance parents
 * first), NOT VALID checks and sequence ownership, foreign keys (as ALTER TABLE, so cycles work),
 * indexes, views and materialized views (dependencies by name mention), comments, and opaque
 * statements in source order. Opaque statements come last, so a table default or CHECK that calls
 * a function defined only as an opaque statement cannot be loaded by the output as is.
 */
public final class DdlRenderer {

    public RenderResult render(Schema schema, Dialect target) {
        return render(schema, target, RenderOptions.defaults());
    }

    public RenderResult render(Schema schema, Dialect target, RenderOptions options) {
        RenderContext ctx = new RenderContext(schema.normalize(), target, options);
        TypeRenderer types = new TypeRenderer(ctx);
        ConstraintRenderer constraints = new ConstraintRenderer(ctx);
        TableRenderer tables = new TableRenderer(ctx, new ColumnRenderer(ctx, types), constraints);
        NamespaceRenderer namespaces = new NamespaceRenderer(ctx);
        SequenceRenderer sequences = new SequenceRenderer(ctx, types);
        IndexRenderer indexes = new IndexRenderer(ctx);

        List<Table> orderedTables = DependencyOrder.sort(ctx.schema().tables(), DdlRenderer::parents, Table::name);

        Script script = new Script();
        if (options.headerComment()) {
            script.header("DDL for " + ctx.dialectName() + ", written by Lintel");
        }
        script.section(namespaces.schemas());
        script.section(namespaces.extensions());
        script.section(namespaces.enums());
        script.section(new DomainRenderer(ctx, types).domains());
        script.section(sequences.sequences());
        script.section(orderedTables.stream().map(tables::create).toList());
        List<Statement> afterTables = new ArrayList<>();
        orderedTables.forEach(t -> afterTables.addAll(tables.notValidChecks(t)));
        afterTables.addAll(sequences.ownership());
        script.section(afterTables);
        script.section(foreignKeys(ctx, constraints, orderedTables));
        List<Statement> indexStatements = new ArrayList<>();
        for (Table t : orderedTables) {
            if (t.isPartition() && !ctx.is(Dialect.POSTGRES)) {
                continue;
            }
            for (Index index : t.indexes()) {
                indexStatements.add(indexes.create(t, index));
            }
        }
        script.section(indexStatements);
        script.section(new ViewRenderer(ctx).views());
        script.section(new CommentRenderer(ctx).comments());
        script.section(opaque(ctx));
        return new RenderResult(script.text(), ctx.diagnostics());
    }

    private static List<dev.lintel.model.schema.QualifiedName> parents(Table t) {
        List<dev.lintel.model.schema.QualifiedName> parents = new ArrayList<>(t.inherits());
        if (t.partitionOf() != null) {
            parents.add(t.partitionOf());
        }
        return parents;
    }

    private static List<Statement> foreignKeys(RenderContext ctx, ConstraintRenderer constraints, List<Table> tables) {
        List<Statement> out = new ArrayList<>();
        for (Table t : tables) {
            if (t.isPartition() && !ctx.is(Dialect.POSTGRES)) {
                continue;
            }
            for (ForeignKey fk : t.foreignKeys()) {
                List<String> notes = new ArrayList<>();
                String clause = constraints.foreignKey(t, fk, notes);
                String suffix = constraints.notValidSuffix(fk.notValid(), notes, ConstraintRenderer.subject(t, fk.name()));
                out.add(new Statement("ALTER TABLE " + ctx.qualified(t.name()) + " ADD " + clause + suffix, notes, false));
            }
        }
        return out;
    }

    /** Verbatim, each with its semicolon; commented out when written in another dialect than the target. */
    private static List<Statement> opaque(RenderContext ctx) {
        List<Statement> out = new ArrayList<>();
        for (OpaqueObject o : ctx.schema().opaqueObjects()) {
            Statement statement = Statement.of(o.sql());
            if (ctx.crossDialect() || ctx.options().sourceDialect() == null && !ctx.is(Dialect.POSTGRES)) {
                List<String> notes = new ArrayList<>();
                String subject = o.kind().toLowerCase(java.util.Locale.ROOT) + (o.name() == null ? "" : " " + o.name());
                ctx.limitation(notes, "statement " + subject + " is not translated to " + ctx.dialectName()
                        + "; kept as a comment", subject);
                statement = statement.withNotes(notes).commented();
            }
            out.add(statement);
        }
        return out;
    }
}

package dev.lintel.model.ddl.render;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Domain;
import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.Namespace;
import dev.lintel.model.schema.Sequence;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.View;
import java.util.ArrayList;
import java.util.List;

/**
 * COMMENT ON statements after everything they describe exists. MySQL keeps column comments in
 * the column definition (see {@link ColumnRenderer}) and table comments as a table option; its
 * other objects cannot carry comments.
 */
final class CommentRenderer {
    private final RenderContext ctx;

    CommentRenderer(RenderContext ctx) {
        this.ctx = ctx;
    }

    List<Statement> comments() {
        List<Statement> out = new ArrayList<>();
        for (Namespace n : ctx.schema().namespaces()) {
            String schemaName = ctx.targetSchema(n.name());
            if (n.comment() != null && schemaName != null) {
                comment(out, "SCHEMA", ctx.ident(schemaName), n.comment(), "schema " + n.name());
            }
        }
        for (EnumType e : ctx.schema().enums()) {
            if (e.comment() != null) {
                if (ctx.is(Dialect.POSTGRES)) {
                    comment(out, "TYPE", ctx.qualified(e.name()), e.comment(), "type " + e.name());
                } else {
                    List<String> notes = new ArrayList<>();
                    ctx.limitation(notes, ctx.dialectName() + " has no enum types to comment; comment of type "
                            + e.name() + " dropped", "type " + e.name());
                    out.add(new Statement("COMMENT ON TYPE " + ctx.qualified(e.name()) + " IS " + ctx.literal(e.comment()),
                            notes, true));
                }
            }
        }
        for (Domain d : ctx.schema().domains()) {
            if (d.comment() != null) {
                comment(out, "DOMAIN", ctx.qualified(d.name()), d.comment(), "domain " + d.name());
            }
        }
        for (Sequence s : ctx.schema().sequences()) {
            if (s.comment() != null) {
                comment(out, "SEQUENCE", ctx.qualified(s.name()), s.comment(), "sequence " + s.name());
            }
        }
        for (Table t : ctx.schema().tables()) {
            if (t.isPartition() && !ctx.is(Dialect.POSTGRES)) {
                continue;
            }
            if (t.comment() != null) {
                if (ctx.is(Dialect.MYSQL)) {
                    out.add(Statement.of("ALTER TABLE " + ctx.qualified(t.name()) + " COMMENT = " + ctx.literal(t.comment())));
                } else {
                    comment(out, "TABLE", ctx.qualified(t.name()), t.comment(), "table " + t.name());
                }
            }
            if (!ctx.is(Dialect.MYSQL)) {
                for (Column c : t.columns()) {
                    if (c.comment() != null) {
                        comment(out, "COLUMN", ctx.qualified(t.name()) + "." + ctx.ident(c.name()), c.comment(),
                                "column " + t.name() + "." + c.name());
                    }
                }
            }
        }
        for (View v : ctx.schema().views()) {
            if (v.comment() != null) {
                String kind = v.materialized() && ctx.is(Dialect.POSTGRES) ? "MATERIALIZED VIEW" : "VIEW";
                comment(out, kind, ctx.qualified(v.name()), v.comment(), "view " + v.name());
            }
        }
        return out;
    }

    private void comment(List<Statement> out, String kind, String target, String text, String subject) {
        String sql = "COMMENT ON " + kind + " " + target + " IS " + ctx.literal(text);
        if (ctx.is(Dialect.MYSQL)) {
            List<String> notes = new ArrayList<>();
            ctx.limitation(notes, "MySQL cannot comment on a " + kind.toLowerCase(java.util.Locale.ROOT)
                    + "; comment of " + subject + " dropped", subject);
            out.add(new Statement(sql, notes, true));
        } else {
            out.add(Statement.of(sql));
        }
    }
}

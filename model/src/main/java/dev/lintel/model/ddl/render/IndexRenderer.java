package dev.lintel.model.ddl.render;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE INDEX. PostgreSQL gets everything; H2 and MySQL lose what they lack (method, opclass,
 * key collation, INCLUDE, partial predicates, expression keys) with a note for each. An index
 * whose loss would change behaviour (a unique partial index would reject rows the original
 * accepts) or that has nothing left to index is commented out instead.
 */
final class IndexRenderer {
    private final RenderContext ctx;

    IndexRenderer(RenderContext ctx) {
        this.ctx = ctx;
    }

    Statement create(Table table, Index index) {
        List<String> notes = new ArrayList<>();
        String subject = "index " + table.name() + "." + index.name();
        boolean keep = true;
        StringBuilder sb = new StringBuilder("CREATE ");
        if (index.unique()) {
            sb.append("UNIQUE ");
        }
        boolean nullsNotDistinct = index.nullsNotDistinct();
        if (nullsNotDistinct && ctx.is(Dialect.H2)) {
            // H2 spells it before INDEX: CREATE UNIQUE NULLS NOT DISTINCT INDEX.
            sb.append("NULLS NOT DISTINCT ");
            nullsNotDistinct = false;
        } else if (nullsNotDistinct && ctx.is(Dialect.MYSQL)) {
            ctx.limitation(notes, "MySQL has no NULLS NOT DISTINCT; " + subject + " treats NULLs as distinct", subject);
            nullsNotDistinct = false;
        }
        sb.append("INDEX ");
        if (ctx.options().ifNotExists() && !ctx.is(Dialect.MYSQL)) {
            sb.append("IF NOT EXISTS ");
        }
        sb.append(ctx.ident(index.name())).append(" ON ").append(ctx.qualified(table.name()));
        if (!index.method().equals("btree")) {
            if (ctx.is(Dialect.POSTGRES)) {
                sb.append(" USING ").append(index.method());
            } else {
                ctx.limitation(notes, ctx.dialectName() + " has no " + index.method() + " indexes; " + subject
                        + " is a default index", subject);
            }
        }
        List<String> keys = new ArrayList<>();
        for (IndexKey key : index.keys()) {
            if (!key.isColumn() && ctx.is(Dialect.H2)) {
                ctx.limitation(notes, "H2 has no expression indexes; " + subject + " on (" + key.expression()
                        + ") omitted", subject);
                keep = false;
            }
            keys.add(key(key, notes, subject));
        }
        sb.append(" (").append(String.join(", ", keys)).append(')');
        if (!index.include().isEmpty()) {
            if (ctx.is(Dialect.POSTGRES)) {
                sb.append(" INCLUDE (").append(SqlText.join(index.include(), ctx::ident)).append(')');
            } else {
                ctx.limitation(notes, ctx.dialectName() + " has no covering indexes; INCLUDE " + index.include()
                        + " of " + subject + " dropped", subject);
            }
        }
        if (nullsNotDistinct) {
            sb.append(" NULLS NOT DISTINCT");
        }
        if (index.where() != null) {
            if (ctx.is(Dialect.POSTGRES)) {
                sb.append(" WHERE ").append(index.where().strip());
            } else if (index.unique()) {
                ctx.limitation(notes, ctx.dialectName() + " has no partial indexes; unique " + subject
                        + " would be stricter without its WHERE " + index.where() + ", so it is omitted", subject);
                keep = false;
            } else {
                ctx.limitation(notes, ctx.dialectName() + " has no partial indexes; " + subject
                        + " kept without its WHERE " + index.where(), subject);
            }
        }
        return new Statement(sb.toString(), notes, !keep);
    }

    /** One key part; an expression key is spelled even where the index ends up commented out. */
    private String key(IndexKey key, List<String> notes, String subject) {
        StringBuilder sb = new StringBuilder();
        if (key.isColumn()) {
            sb.append(ctx.ident(key.column()));
        } else {
            // PostgreSQL and MySQL 8 both take an expression key in its own parentheses.
            sb.append(SqlText.parenthesized(key.expression()));
        }
        if (key.collation() != null) {
            if (ctx.is(Dialect.POSTGRES)) {
                sb.append(" COLLATE ").append(ctx.ident(key.collation()));
            } else {
                ctx.limitation(notes, ctx.dialectName() + " has no per-key collation; COLLATE " + key.collation()
                        + " of " + subject + " dropped", subject);
            }
        }
        if (key.opclass() != null) {
            if (ctx.is(Dialect.POSTGRES)) {
                sb.append(' ').append(key.opclass());
            } else {
                ctx.limitation(notes, ctx.dialectName() + " has no operator classes; " + key.opclass() + " of "
                        + subject + " dropped", subject);
            }
        }
        if (key.order() == IndexKey.SortOrder.DESC) {
            sb.append(" DESC");
        }
        if (key.nulls() != IndexKey.NullsOrder.DEFAULT) {
            if (ctx.is(Dialect.MYSQL)) {
                ctx.limitation(notes, "MySQL has no NULLS FIRST/LAST; " + subject + " sorts NULLs first", subject);
            } else {
                sb.append(" NULLS ").append(key.nulls().name());
            }
        }
        return sb.toString();
    }
}

package dev.lintel.model.migrate.plan;

import dev.lintel.model.migrate.lock.Volatility;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;

/**
 * Added, dropped and renamed columns. A new column never carries what would rewrite or scan the
 * table under ACCESS EXCLUSIVE: a volatile default is set after the column exists and filled by a
 * batched backfill, a NOT NULL without a default goes through the CHECK recipe once the rows have values.
 */
final class ColumnRecipes {
    private final PlanContext ctx;
    private final NotNullRecipe notNull;

    ColumnRecipes(PlanContext ctx, NotNullRecipe notNull) {
        this.ctx = ctx;
        this.notNull = notNull;
    }

    void add(QualifiedName tableName, Column c) {
        Table table = ctx.afterTable(tableName);
        String subject = tableName + "." + c.name();
        if (c.generatedExpression() != null || c.identity() != null || c.serial() != Column.SerialKind.NONE) {
            ctx.out.step(Slot.COLUMNS, "add-column", subject, ctx.alter(tableName) + "ADD COLUMN "
                            + ctx.sql.columnDefinition(table, c))
                    .acknowledge(Acknowledgement.BLOCKING)
                    .hazard("a " + (c.generatedExpression() != null ? "stored generated" : "identity or serial")
                            + " column rewrites " + tableName + " under ACCESS EXCLUSIVE (reads and writes wait)")
                    .note("online alternative: add a plain nullable column, fill it in batches, then attach the default");
            return;
        }
        boolean volatileDefault = Volatility.volatileCall(c.defaultExpression()).isPresent();
        boolean simple = c.nullable() || c.defaultExpression() != null && !volatileDefault;
        if (simple && !volatileDefault) {
            ctx.out.step(Slot.COLUMNS, "add-column", subject, ctx.alter(tableName) + "ADD COLUMN "
                    + ctx.sql.columnDefinition(table, c));
        } else {
            Column plain = c.withDefault(null).withNullable(true);
            ctx.out.step(Slot.COLUMNS, "add-column", subject, ctx.alter(tableName) + "ADD COLUMN "
                    + ctx.sql.columnDefinition(table, plain))
                    .note(volatileDefault ? "added without its volatile default, which would rewrite the table"
                            : "added nullable: NOT NULL without a default would fail on existing rows");
            if (volatileDefault) {
                ctx.out.step(Slot.COLUMNS, "set-default", subject, ctx.alter(tableName) + "ALTER COLUMN "
                        + ctx.sql.ident(c.name()) + " SET DEFAULT " + c.defaultExpression())
                        .note("new rows get the default from here on; existing rows are filled by the backfill");
                backfill(tableName, c, "UPDATE " + ctx.table(tableName) + " SET " + ctx.sql.ident(c.name())
                        + " = DEFAULT");
            } else {
                ctx.out.step(Slot.BACKFILL, "backfill-template", subject, "-- UPDATE " + ctx.table(tableName)
                                + " SET " + ctx.sql.ident(c.name()) + " = <value> WHERE " + ctx.sql.ident(c.name())
                                + " IS NULL  -- in batches")
                        .outsideTransaction()
                        .acknowledge(Acknowledgement.DATA_DEPENDENT)
                        .hazard("existing rows need a value before NOT NULL can hold; Lintel cannot choose it")
                        .note("fill in the value and run the batched update before the contract phase");
            }
            if (!c.nullable()) {
                notNull.plan(tableName, c.name(), true);
            }
        }
        if (c.comment() != null) {
            ctx.out.step(Slot.COMMENTS, "comment", subject, "COMMENT ON COLUMN " + ctx.column(tableName, c.name())
                    + " IS " + ctx.sql.literal(c.comment()));
        }
    }

    /**
     * A batched backfill: one short transaction per 10,000 rows (a DO block may COMMIT when it is
     * not itself inside a transaction block), so row locks are held briefly and vacuum keeps up.
     */
    private void backfill(QualifiedName table, Column c, String update) {
        String col = ctx.sql.ident(c.name());
        String sql = "DO $lintel$\nDECLARE\n    n bigint;\nBEGIN\n    LOOP\n        " + update
                + "\n        WHERE ctid IN (SELECT ctid FROM " + ctx.table(table) + " WHERE " + col
                + " IS NULL LIMIT 10000);\n        GET DIAGNOSTICS n = ROW_COUNT;\n        EXIT WHEN n = 0;\n"
                + "        COMMIT;\n    END LOOP;\nEND\n$lintel$";
        ctx.out.step(Slot.BACKFILL, "backfill", table + "." + c.name(), sql).outsideTransaction().longRunning()
                .acknowledge(Acknowledgement.DATA_DEPENDENT)
                .hazard("updates every existing row of " + table + " (in batches of 10,000): schedule it")
                .note("batched: each 10,000 rows commit on their own");
    }

    void drop(QualifiedName table, Column c) {
        ctx.out.step(Slot.DROP_COLUMNS, "drop-column", table + "." + c.name(), ctx.alter(table) + "DROP COLUMN "
                        + ctx.sql.ident(c.name()))
                .acknowledge(Acknowledgement.DESTRUCTIVE)
                .hazard("drops " + table + "." + c.name() + " and its values")
                .note("deploy code that no longer reads or writes " + c.name() + " first (ORMs that select every "
                        + "column fail otherwise)");
    }

    void rename(QualifiedName table, String from, String to) {
        ctx.out.step(Slot.RENAMES, "rename-column", table + "." + from + " -> " + to, ctx.alter(table)
                        + "RENAME COLUMN " + ctx.sql.ident(from) + " TO " + ctx.sql.ident(to))
                .acknowledge(Acknowledgement.BREAKING)
                .hazard("code still using " + table.name() + "." + from + " fails once this runs")
                .note("deploy code that uses " + to + " first, or expand/contract: add " + to
                        + ", write both, backfill, then drop " + from);
    }
}

package dev.lintel.model.migrate.plan;

import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;

/**
 * Indexes on existing tables: built and dropped {@code CONCURRENTLY}, outside any transaction
 * block, with {@code IF [NOT] EXISTS} so a re-run after a failure goes on. A failed concurrent build
 * leaves an INVALID index behind, which the note says to drop first.
 */
final class IndexRecipes {
    private final PlanContext ctx;

    IndexRecipes(PlanContext ctx) {
        this.ctx = ctx;
    }

    void add(QualifiedName tableName, Index index) {
        Table table = ctx.afterTable(tableName);
        String subject = tableName + "." + index.name();
        if (table.isPartitioned()) {
            String sql = ctx.sql.createIndex(table, index);
            if (sql != null) {
                ctx.out.step(Slot.INDEXES, "create-index", subject, sql)
                        .acknowledge(Acknowledgement.BLOCKING)
                        .hazard("CONCURRENTLY is not allowed on a partitioned table: writes on every partition wait for the build")
                        .note("online alternative: CREATE INDEX ON ONLY the parent, build each partition's index "
                                + "concurrently and ATTACH it");
            }
            return;
        }
        createConcurrently(ctx, table, index, subject,
                index.unique() ? Acknowledgement.DATA_DEPENDENT : Acknowledgement.NONE,
                index.unique() ? "fails if the key holds duplicate values" : null);
    }

    static void createConcurrently(PlanContext ctx, Table table, Index index, String subject, Acknowledgement ack,
                                   String hazard) {
        String sql = ctx.sql.createIndex(table, index);
        if (sql == null) {
            ctx.out.explain(subject + ": the target cannot build this index");
            return;
        }
        sql = sql.replaceFirst("INDEX ", "INDEX CONCURRENTLY IF NOT EXISTS ");
        PlanBuilder.Draft d = ctx.out.step(Slot.INDEXES, "create-index-concurrently", subject, sql)
                .outsideTransaction().longRunning().acknowledge(ack)
                .note("if this fails it leaves an INVALID index: DROP INDEX CONCURRENTLY IF EXISTS "
                        + ctx.inSchemaOf(table.name(), index.name()) + " before running it again");
        if (hazard != null) {
            d.hazard(hazard);
        }
    }

    void drop(QualifiedName table, Index index) {
        String subject = table + "." + index.name();
        boolean replaced = ctx.replaced.contains(subject);
        Table before = ctx.beforeTable(table);
        boolean partitioned = before != null && before.isPartitioned();
        PlanBuilder.Draft d = ctx.out.step(replaced ? Slot.DROP_REPLACED : Slot.DROP_INDEXES,
                partitioned ? "drop-index" : "drop-index-concurrently", subject,
                "DROP INDEX " + (partitioned ? "" : "CONCURRENTLY ") + "IF EXISTS " + ctx.inSchemaOf(table, index.name()));
        if (partitioned) {
            d.acknowledge(Acknowledgement.BLOCKING).hazard("a partitioned index cannot be dropped concurrently");
        } else {
            d.outsideTransaction();
        }
        if (replaced) {
            d.note("rebuilt below with its new definition");
        }
    }
}

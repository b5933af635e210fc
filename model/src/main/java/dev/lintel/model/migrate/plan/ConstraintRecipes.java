package dev.lintel.model.migrate.plan;

import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.Deferrability;
import dev.lintel.model.schema.ExclusionConstraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.List;

/**
 * Constraints on existing tables. CHECK and FOREIGN KEY: {@code NOT VALID} (brief lock, no scan)
 * then {@code VALIDATE} in its own transaction. UNIQUE and PRIMARY KEY: a unique index built
 * {@code CONCURRENTLY}, then {@code ADD CONSTRAINT ... USING INDEX} (brief lock; a primary key
 * comes after its columns are proven NOT NULL). EXCLUDE has no online form: an acknowledged hazard.
 */
final class ConstraintRecipes {
    private final PlanContext ctx;

    ConstraintRecipes(PlanContext ctx) {
        this.ctx = ctx;
    }

    void add(QualifiedName tableName, Constraint c) {
        Table table = ctx.afterTable(tableName);
        String subject = tableName + "." + c.name();
        if (c instanceof CheckConstraint check) {
            notValidThenValidate(table, c, subject, check.notValid());
        } else if (c instanceof ForeignKey fk) {
            notValidThenValidate(table, c, subject, fk.notValid());
        } else if (c instanceof UniqueConstraint u) {
            usingIndex(table, c, u.columns(), u.nullsNotDistinct(), u.deferrability(), "UNIQUE", subject);
        } else if (c instanceof PrimaryKey pk) {
            usingIndex(table, c, pk.columns(), false, pk.deferrability(), "PRIMARY KEY", subject);
        } else if (c instanceof ExclusionConstraint) {
            ctx.out.step(Slot.CONSTRAINTS, "add-exclusion", subject, ctx.alter(tableName) + "ADD "
                            + ctx.sql.constraintClause(table, c))
                    .acknowledge(Acknowledgement.BLOCKING)
                    .hazard("builds its index under ACCESS EXCLUSIVE: reads and writes on " + tableName + " wait; "
                            + "exclusion constraints have no NOT VALID or USING INDEX form")
                    .note("run in a maintenance window, or build a new table and swap");
        }
    }

    private void notValidThenValidate(Table table, Constraint c, String subject, boolean staysNotValid) {
        boolean fk = c instanceof ForeignKey;
        PlanBuilder.Draft add = ctx.out.step(Slot.CONSTRAINTS, fk ? "add-foreign-key-not-valid" : "add-check-not-valid",
                subject, ctx.alter(table.name()) + "ADD " + ctx.sql.constraintClause(table, c) + " NOT VALID")
                .note("checked for new and changed rows only; existing rows are validated "
                        + (staysNotValid ? "never (the target schema keeps it NOT VALID)" : "in the next phase"));
        if (fk) {
            add.hazard("takes SHARE ROW EXCLUSIVE on " + ((ForeignKey) c).referencedTable() + " too (writes there wait briefly)");
        }
        if (!staysNotValid) {
            validate(table.name(), c);
        }
    }

    void validate(QualifiedName table, Constraint c) {
        ctx.out.step(Slot.VALIDATE, "validate-constraint", table + "." + c.name(), ctx.alter(table)
                        + "VALIDATE CONSTRAINT " + ctx.sql.ident(c.name()))
                .longRunning()
                .acknowledge(Acknowledgement.DATA_DEPENDENT)
                .hazard("fails if existing rows violate " + c.name())
                .note("scans under SHARE UPDATE EXCLUSIVE: reads and writes go on");
    }

    private void usingIndex(Table table, Constraint c, List<String> columns, boolean nullsNotDistinct,
                            Deferrability deferrability, String keyword, String subject) {
        Index index = new Index(c.name(), true, "btree", columns.stream().map(IndexKey::column).toList(), List.of(),
                null, nullsNotDistinct);
        IndexRecipes.createConcurrently(ctx, table, index, subject, Acknowledgement.DATA_DEPENDENT,
                "fails if " + String.join(", ", columns) + " hold duplicate values");
        boolean afterNotNull = c instanceof PrimaryKey && columns.stream()
                .anyMatch(col -> ctx.madeNotNull.contains(table.name() + "." + col));
        String tail = deferrability == Deferrability.DEFERRABLE_INITIALLY_DEFERRED ? " DEFERRABLE INITIALLY DEFERRED"
                : deferrability.isDeferrable() ? " DEFERRABLE" : "";
        ctx.out.step(afterNotNull ? Slot.KEYS_AFTER_NOT_NULL : Slot.KEYS, "add-constraint-using-index", subject,
                        ctx.alter(table.name()) + "ADD CONSTRAINT " + ctx.sql.ident(c.name()) + " " + keyword
                                + " USING INDEX " + ctx.sql.ident(c.name()) + tail)
                .acknowledge(Acknowledgement.DATA_DEPENDENT)
                .note("brief ACCESS EXCLUSIVE: the index is already built");
    }

    void drop(QualifiedName table, Constraint c) {
        String subject = table + "." + c.name();
        boolean replaced = ctx.replaced.contains(subject);
        Slot slot = replaced ? Slot.DROP_REPLACED : c instanceof ForeignKey ? Slot.DROP_FOREIGN_KEYS : Slot.DROP_CONSTRAINTS;
        PlanBuilder.Draft d = ctx.out.step(slot, "drop-constraint", subject, ctx.alter(table) + "DROP CONSTRAINT "
                + ctx.sql.ident(c.name()));
        if (c instanceof ForeignKey fk) {
            d.acknowledge(Acknowledgement.BLOCKING)
                    .hazard("takes ACCESS EXCLUSIVE on " + table + " and on " + fk.referencedTable() + " (both wait briefly)");
        }
        if (replaced) {
            d.note("re-added below with its new definition");
        }
    }
}

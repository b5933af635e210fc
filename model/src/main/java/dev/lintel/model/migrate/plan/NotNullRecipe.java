package dev.lintel.model.migrate.plan;

import dev.lintel.model.dialect.Identifiers;
import dev.lintel.model.schema.QualifiedName;

/**
 * {@code SET NOT NULL} without a long ACCESS EXCLUSIVE scan (PostgreSQL 12+): a
 * {@code CHECK (c IS NOT NULL) NOT VALID} (brief lock, no scan), {@code VALIDATE} in its own
 * transaction (SHARE UPDATE EXCLUSIVE: reads and writes go on), then {@code SET NOT NULL}, which
 * the validated check proves without scanning, then the helper check is dropped.
 */
final class NotNullRecipe {
    private final PlanContext ctx;

    NotNullRecipe(PlanContext ctx) {
        this.ctx = ctx;
    }

    /** @param dataDependent rows may hold NULLs that nothing in the plan fills (then VALIDATE fails) */
    void plan(QualifiedName table, String column, boolean dataDependent) {
        ctx.madeNotNull.add(table + "." + column);
        String check = Identifiers.makeObjectName(table.name(), column, "not_null");
        String subject = table + "." + column;
        Acknowledgement ack = dataDependent ? Acknowledgement.DATA_DEPENDENT : Acknowledgement.NONE;
        String hazard = "fails if " + subject + " still holds NULLs";
        PlanBuilder.Draft add = ctx.out.step(Slot.CONSTRAINTS, "add-not-null-check", subject, ctx.alter(table)
                        + "ADD CONSTRAINT " + ctx.sql.ident(check) + " CHECK (" + ctx.sql.ident(column)
                        + " IS NOT NULL) NOT VALID")
                .acknowledge(ack)
                .note("step 1 of SET NOT NULL: new writes must not be NULL from here on; deploy code that always sets "
                        + column + " first");
        PlanBuilder.Draft validate = ctx.out.step(Slot.VALIDATE, "validate-constraint", subject, ctx.alter(table)
                        + "VALIDATE CONSTRAINT " + ctx.sql.ident(check))
                .longRunning().acknowledge(ack)
                .note("step 2 of SET NOT NULL: scans without blocking reads or writes");
        PlanBuilder.Draft set = ctx.out.step(Slot.NOT_NULL, "set-not-null", subject, ctx.alter(table)
                        + "ALTER COLUMN " + ctx.sql.ident(column) + " SET NOT NULL")
                .acknowledge(ack)
                .note("step 3 of SET NOT NULL: the validated check proves it, no scan");
        ctx.out.step(Slot.NOT_NULL, "drop-check", subject, ctx.alter(table) + "DROP CONSTRAINT " + ctx.sql.ident(check))
                .acknowledge(ack)
                .note("step 4 of SET NOT NULL: the helper check is redundant now");
        if (dataDependent) {
            add.hazard(hazard);
            validate.hazard(hazard);
            set.hazard(hazard);
        }
    }
}

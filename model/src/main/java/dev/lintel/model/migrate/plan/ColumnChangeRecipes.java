package dev.lintel.model.migrate.plan;

import dev.lintel.model.diff.Change.ColumnChanged;
import dev.lintel.model.diff.ColumnAspect;
import dev.lintel.model.migrate.lock.TypeChange;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Identity;
import dev.lintel.model.schema.QualifiedName;

/**
 * A column whose properties change. Type changes that keep the stored bytes (varchar widening,
 * varchar to text, numeric precision increase ...) run directly; rewriting ones are an explicit,
 * acknowledged hazard with the expand/contract alternative in the note. NOT NULL goes through
 * {@link NotNullRecipe}; serial and generated-expression changes cannot be made in place and are explained.
 */
final class ColumnChangeRecipes {
    private final PlanContext ctx;
    private final NotNullRecipe notNull;

    ColumnChangeRecipes(PlanContext ctx, NotNullRecipe notNull) {
        this.ctx = ctx;
        this.notNull = notNull;
    }

    void plan(ColumnChanged change) {
        QualifiedName t = change.table();
        Column b = change.before();
        Column a = change.after();
        String subject = t + "." + a.name();
        String col = "ALTER COLUMN " + ctx.sql.ident(a.name());
        if (change.aspects().contains(ColumnAspect.SERIAL) || change.aspects().contains(ColumnAspect.GENERATED)) {
            ctx.out.explain(subject + ": " + (change.aspects().contains(ColumnAspect.SERIAL) ? "serial" : "generated expression")
                    + " changes cannot be made in place; add a new column with the new definition, backfill it, and "
                    + "swap names in the contract phase");
            return;
        }
        boolean typeChange = change.aspects().contains(ColumnAspect.TYPE) || change.aspects().contains(ColumnAspect.COLLATION);
        if (change.aspects().contains(ColumnAspect.NULLABILITY) && a.nullable()) {
            ctx.out.step(Slot.COLUMNS, "drop-not-null", subject, ctx.alter(t) + col + " DROP NOT NULL");
        }
        if (change.aspects().contains(ColumnAspect.DEFAULT) && (a.defaultExpression() == null || typeChange)
                && b.defaultExpression() != null) {
            ctx.out.step(Slot.COLUMNS, "drop-default", subject, ctx.alter(t) + col + " DROP DEFAULT");
        }
        if (typeChange) {
            type(t, b, a, subject, col);
        }
        if (change.aspects().contains(ColumnAspect.DEFAULT) && a.defaultExpression() != null) {
            ctx.out.step(Slot.COLUMNS, "set-default", subject, ctx.alter(t) + col + " SET DEFAULT " + a.defaultExpression());
        }
        if (change.aspects().contains(ColumnAspect.NULLABILITY) && !a.nullable() && a.identity() == null) {
            notNull.plan(t, a.name(), true);
        }
        if (change.aspects().contains(ColumnAspect.IDENTITY)) {
            identity(t, b, a, subject, col);
        }
    }

    private void type(QualifiedName t, Column b, Column a, String subject, String col) {
        String typeSql = ctx.sql.type(a.type()) + (a.collation() != null ? " COLLATE " + ctx.sql.ident(a.collation()) : "");
        TypeChange cost = TypeChange.classify(b.type(), a.type(), false);
        boolean rewrites = !b.type().equals(a.type()) && (cost.cost() == TypeChange.Cost.REWRITE
                || cost.cost() == TypeChange.Cost.UNKNOWN) || !java.util.Objects.equals(b.collation(), a.collation());
        if (!rewrites) {
            ctx.out.step(Slot.COLUMNS, "alter-column-type", subject, ctx.alter(t) + col + " TYPE " + typeSql)
                    .note(b.type() + " -> " + a.type() + " keeps the stored values: " + cost.reason());
            return;
        }
        boolean narrowing = cost.narrowing();
        PlanBuilder.Draft d = ctx.out.step(Slot.COLUMNS, "alter-column-type", subject, ctx.alter(t) + col + " TYPE "
                        + typeSql + " USING " + ctx.sql.ident(a.name()) + "::" + ctx.sql.type(a.type()))
                .acknowledge(Acknowledgement.BLOCKING)
                .hazard(b.type() + " -> " + a.type() + " rewrites " + t + " and its indexes under ACCESS EXCLUSIVE "
                        + "(reads and writes wait for the whole rewrite)")
                .note("online alternative (expand/contract): add a new column of type " + a.type()
                        + ", keep it in sync with a trigger, backfill in batches, then swap the names in the contract phase");
        if (narrowing) {
            d.hazard("narrowing: fails if an existing value does not fit " + a.type());
        }
    }

    private void identity(QualifiedName t, Column b, Column a, String subject, String col) {
        Identity before = b.identity();
        Identity after = a.identity();
        if (after == null) {
            ctx.out.step(Slot.COLUMNS, "drop-identity", subject, ctx.alter(t) + col + " DROP IDENTITY");
            return;
        }
        String generation = after.generation() == Identity.Generation.ALWAYS ? "ALWAYS" : "BY DEFAULT";
        if (before != null) {
            ctx.out.step(Slot.COLUMNS, "set-generated", subject, ctx.alter(t) + col + " SET GENERATED " + generation);
            return;
        }
        if (b.nullable()) {
            notNull.plan(t, a.name(), true);
        }
        String options = after.sequenceOptions() == null ? "" : " (" + after.sequenceOptions() + ")";
        ctx.out.step(Slot.IDENTITY, "add-identity", subject, ctx.alter(t) + col + " ADD GENERATED " + generation
                        + " AS IDENTITY" + options)
                .note("catalog change only; the identity sequence is moved past existing values next");
        ctx.out.step(Slot.IDENTITY, "sync-identity", subject, "SELECT setval(pg_get_serial_sequence("
                + ctx.sql.literal(ctx.table(t)) + ", " + ctx.sql.literal(a.name()) + "), coalesce(max("
                + ctx.sql.ident(a.name()) + "), 0) + 1, false) FROM " + ctx.table(t));
    }
}

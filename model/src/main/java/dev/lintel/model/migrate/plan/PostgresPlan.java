package dev.lintel.model.migrate.plan;

import dev.lintel.model.diff.Change;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;

/** Sends each change to its PostgreSQL recipe; the recipes draft steps into slots, the builder orders them. */
final class PostgresPlan {
    private final PlanContext ctx;

    PostgresPlan(PlanContext ctx) {
        this.ctx = ctx;
    }

    void plan() {
        new SchemaRecipes(ctx).createMissing();
        NotNullRecipe notNull = new NotNullRecipe(ctx);
        TableRecipes tables = new TableRecipes(ctx);
        ColumnRecipes columns = new ColumnRecipes(ctx, notNull);
        ColumnChangeRecipes columnChanges = new ColumnChangeRecipes(ctx, notNull);
        ConstraintRecipes constraints = new ConstraintRecipes(ctx);
        IndexRecipes indexes = new IndexRecipes(ctx);
        TypeRecipes types = new TypeRecipes(ctx);
        CommentRecipes comments = new CommentRecipes(ctx);
        List<Table> newTables = new ArrayList<>();
        for (Change c : ctx.diff.changes()) {
            if (c instanceof Change.TableAdded t) {
                newTables.add(t.table());
            } else if (c instanceof Change.TableDropped t) {
                tables.drop(t.table());
            } else if (c instanceof Change.TableRenamed r) {
                tables.rename(r.from(), r.to());
            } else if (c instanceof Change.ColumnAdded a) {
                columns.add(a.table(), a.column());
            } else if (c instanceof Change.ColumnDropped d) {
                columns.drop(d.table(), d.column());
            } else if (c instanceof Change.ColumnRenamed r) {
                columns.rename(r.table(), r.from(), r.to());
            } else if (c instanceof Change.ColumnChanged cc) {
                columnChanges.plan(cc);
            } else if (c instanceof Change.ConstraintAdded a) {
                constraints.add(a.table(), a.constraint());
            } else if (c instanceof Change.ConstraintDropped d) {
                constraints.drop(d.table(), d.constraint());
            } else if (c instanceof Change.ConstraintValidated v) {
                constraints.validate(v.table(), v.constraint());
            } else if (c instanceof Change.ConstraintRenamed r) {
                ctx.out.step(Slot.RENAMES, "rename-constraint", r.table() + "." + r.from() + " -> " + r.constraint().name(),
                        ctx.alter(r.table()) + "RENAME CONSTRAINT " + ctx.sql.ident(r.from()) + " TO "
                                + ctx.sql.ident(r.constraint().name()));
            } else if (c instanceof Change.IndexRenamed r) {
                ctx.out.step(Slot.RENAMES, "rename-index", r.table() + "." + r.from() + " -> " + r.index().name(),
                        "ALTER INDEX " + ctx.inSchemaOf(r.table(), r.from()) + " RENAME TO " + ctx.sql.ident(r.index().name()));
            } else if (c instanceof Change.IndexAdded a) {
                indexes.add(a.table(), a.index());
            } else if (c instanceof Change.IndexDropped d) {
                indexes.drop(d.table(), d.index());
            } else if (c instanceof Change.EnumAdded e) {
                types.addEnum(e.type());
            } else if (c instanceof Change.EnumDropped e) {
                types.dropEnum(e.type());
            } else if (c instanceof Change.EnumValuesChanged e) {
                types.changeEnum(e.before(), e.after());
            } else if (c instanceof Change.SequenceAdded s) {
                types.addSequence(s.sequence());
            } else if (c instanceof Change.SequenceDropped s) {
                types.dropSequence(s.sequence());
            } else if (c instanceof Change.SequenceChanged s) {
                types.changeSequence(s.before(), s.after());
            } else if (c instanceof Change.CommentChanged cc) {
                comments.plan(cc);
            }
        }
        tables.create(newTables);
        new ViewRecipes(ctx).plan(ctx.diff.changes());
    }
}

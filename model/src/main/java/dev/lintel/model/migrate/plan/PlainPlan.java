package dev.lintel.model.migrate.plan;

import dev.lintel.model.diff.Change;
import dev.lintel.model.diff.ColumnAspect;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.View;
import java.util.ArrayList;
import java.util.List;

/**
 * H2 plans: plain, correct DDL in dependency order (H2 has no online DDL to choose, and enum types
 * live in the column types, so a changed enum retypes its columns). Drops and renames still wait
 * for the contract phase and acknowledgement, as for PostgreSQL.
 */
final class PlainPlan {
    private final PlanContext ctx;

    PlainPlan(PlanContext ctx) {
        this.ctx = ctx;
    }

    void plan() {
        new SchemaRecipes(ctx).createMissing();
        List<Table> newTables = new ArrayList<>();
        TableRecipes tables = new TableRecipes(ctx);
        ColumnRecipes columns = new ColumnRecipes(ctx, null);
        for (Change c : ctx.diff.changes()) {
            if (c instanceof Change.TableAdded t) {
                newTables.add(t.table());
            } else if (c instanceof Change.TableDropped t) {
                tables.drop(t.table());
            } else if (c instanceof Change.TableRenamed r) {
                tables.rename(r.from(), r.to());
            } else if (c instanceof Change.ColumnAdded a) {
                Table t = ctx.afterTable(a.table());
                step(Slot.COLUMNS, "add-column", a.table() + "." + a.column().name(), ctx.alter(a.table()) + "ADD COLUMN "
                        + ctx.sql.columnDefinition(t, a.column()));
                if (a.column().comment() != null) {
                    step(Slot.COMMENTS, "comment", a.table() + "." + a.column().name(), "COMMENT ON COLUMN "
                            + ctx.column(a.table(), a.column().name()) + " IS " + ctx.sql.literal(a.column().comment()));
                }
            } else if (c instanceof Change.ColumnDropped d) {
                columns.drop(d.table(), d.column());
            } else if (c instanceof Change.ColumnRenamed r) {
                step(Slot.RENAMES, "rename-column", r.table() + "." + r.from(), ctx.alter(r.table()) + "ALTER COLUMN "
                        + ctx.sql.ident(r.from()) + " RENAME TO " + ctx.sql.ident(r.to()))
                        .acknowledge(Acknowledgement.BREAKING).hazard("code still using " + r.from() + " fails");
            } else if (c instanceof Change.ColumnChanged cc) {
                columnChange(cc);
            } else if (c instanceof Change.ConstraintAdded a) {
                addConstraint(a.table(), a.constraint());
            } else if (c instanceof Change.ConstraintRenamed r) {
                step(Slot.RENAMES, "rename-constraint", r.table() + "." + r.from(), ctx.alter(r.table())
                        + "RENAME CONSTRAINT " + ctx.sql.ident(r.from()) + " TO " + ctx.sql.ident(r.constraint().name()));
            } else if (c instanceof Change.IndexRenamed r) {
                step(Slot.RENAMES, "rename-index", r.table() + "." + r.from(), "ALTER INDEX "
                        + ctx.inSchemaOf(r.table(), r.from()) + " RENAME TO " + ctx.sql.ident(r.index().name()));
            } else if (c instanceof Change.ConstraintDropped d) {
                String subject = d.table() + "." + d.constraint().name();
                step(ctx.replaced.contains(subject) ? Slot.DROP_REPLACED : d.constraint() instanceof ForeignKey
                                ? Slot.DROP_FOREIGN_KEYS : Slot.DROP_CONSTRAINTS, "drop-constraint", subject,
                        ctx.alter(d.table()) + "DROP CONSTRAINT " + ctx.sql.ident(d.constraint().name()));
            } else if (c instanceof Change.IndexAdded a) {
                String sql = ctx.sql.createIndex(ctx.afterTable(a.table()), a.index());
                if (sql == null) {
                    ctx.out.explain(a.table() + "." + a.index().name() + ": H2 cannot build this index");
                } else {
                    step(Slot.INDEXES, "create-index", a.table() + "." + a.index().name(), sql);
                }
            } else if (c instanceof Change.IndexDropped d) {
                String subject = d.table() + "." + d.index().name();
                step(ctx.replaced.contains(subject) ? Slot.DROP_REPLACED : Slot.DROP_INDEXES, "drop-index", subject,
                        "DROP INDEX " + ctx.inSchemaOf(d.table(), d.index().name()));
            } else if (c instanceof Change.EnumValuesChanged e) {
                retypeEnumColumns(e.after().name());
            } else if (c instanceof Change.SequenceAdded s) {
                step(Slot.TYPES, "create-sequence", s.sequence().name().toString(), ctx.sql.createSequence(s.sequence()));
            } else if (c instanceof Change.SequenceDropped s) {
                step(Slot.DROP_TYPES, "drop-sequence", s.sequence().name().toString(), "DROP SEQUENCE "
                        + ctx.table(s.sequence().name())).acknowledge(Acknowledgement.DESTRUCTIVE).hazard("drops a sequence");
            } else if (c instanceof Change.ViewDropped v) {
                step(Slot.DROP_VIEWS, "drop-view", v.view().name().toString(), "DROP VIEW " + ctx.table(v.view().name()))
                        .acknowledge(Acknowledgement.BREAKING).hazard("code still querying the view fails");
            } else if (c instanceof Change.ViewChanged v) {
                step(Slot.VIEWS_DROP, "drop-view", v.before().name().toString(), "DROP VIEW " + ctx.table(v.before().name()));
                createView(v.after());
            } else if (c instanceof Change.ViewAdded v) {
                createView(v.view());
            } else if (c instanceof Change.CommentChanged cc) {
                new CommentRecipes(ctx).plan(cc);
            }
            // Enum types added or dropped: H2 has none (the values are in the column types).
        }
        tables.create(newTables);
    }

    private void createView(View v) {
        step(Slot.VIEWS_CREATE, "create-view", v.name().toString(), ctx.sql.createView(v));
    }

    private void columnChange(Change.ColumnChanged cc) {
        QualifiedName t = cc.table();
        Column a = cc.after();
        String subject = t + "." + a.name();
        String col = ctx.alter(t) + "ALTER COLUMN " + ctx.sql.ident(a.name());
        if (cc.aspects().contains(ColumnAspect.TYPE)) {
            step(Slot.COLUMNS, "alter-column-type", subject, col + " SET DATA TYPE " + ctx.sql.type(a.type()));
        }
        if (cc.aspects().contains(ColumnAspect.DEFAULT)) {
            step(Slot.COLUMNS, a.defaultExpression() == null ? "drop-default" : "set-default", subject,
                    col + (a.defaultExpression() == null ? " DROP DEFAULT" : " SET DEFAULT " + a.defaultExpression()));
        }
        if (cc.aspects().contains(ColumnAspect.NULLABILITY)) {
            if (a.nullable()) {
                step(Slot.COLUMNS, "drop-not-null", subject, col + " DROP NOT NULL");
            } else {
                step(Slot.COLUMNS, "set-not-null", subject, col + " SET NOT NULL")
                        .acknowledge(Acknowledgement.DATA_DEPENDENT).hazard("fails if " + subject + " holds NULLs");
            }
        }
        if (cc.aspects().contains(ColumnAspect.IDENTITY) || cc.aspects().contains(ColumnAspect.SERIAL)
                || cc.aspects().contains(ColumnAspect.GENERATED) || cc.aspects().contains(ColumnAspect.COLLATION)) {
            ctx.out.explain(subject + ": identity, serial, generated or collation changes are not planned for H2; "
                    + "recreate the column");
        }
    }

    private void addConstraint(QualifiedName tableName, Constraint c) {
        Table t = ctx.afterTable(tableName);
        String clause = ctx.sql.constraintClause(t, c);
        if (clause == null) {
            ctx.out.explain(tableName + "." + c.name() + ": H2 cannot express this constraint");
            return;
        }
        Slot slot = c instanceof ForeignKey ? Slot.CONSTRAINTS : Slot.KEYS;
        step(slot, "add-constraint", tableName + "." + c.name(), ctx.alter(tableName) + "ADD " + clause)
                .acknowledge(Acknowledgement.DATA_DEPENDENT).hazard("fails if existing rows violate " + c.name());
    }

    private void retypeEnumColumns(QualifiedName type) {
        for (Table t : ctx.after.tables()) {
            for (Column c : t.columns()) {
                if (type.equals(c.type().userType())) {
                    step(Slot.COLUMNS, "alter-column-type", t.name() + "." + c.name(), ctx.alter(t.name())
                            + "ALTER COLUMN " + ctx.sql.ident(c.name()) + " SET DATA TYPE " + ctx.sql.type(c.type()));
                }
            }
        }
    }

    private PlanBuilder.Draft step(Slot slot, String kind, String subject, String sql) {
        return ctx.out.step(slot, kind, subject, sql);
    }
}

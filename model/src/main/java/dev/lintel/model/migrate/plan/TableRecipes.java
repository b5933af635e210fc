package dev.lintel.model.migrate.plan;

import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * New tables, dropped tables, renamed tables. New tables are created with their indexes, keys and
 * comments in one transaction: they are empty and invisible to others until it commits, so plain
 * {@code CREATE INDEX} and validated foreign keys cost nothing there.
 */
final class TableRecipes {
    private final PlanContext ctx;

    TableRecipes(PlanContext ctx) {
        this.ctx = ctx;
    }

    void create(List<Table> tables) {
        if (tables.isEmpty()) {
            return;
        }
        int group = ctx.out.newGroup();
        List<Table> ordered = new ArrayList<>(tables);
        // Parents (inheritance, partitions) first; otherwise by name. Foreign keys come after every table.
        ordered.sort(Comparator.comparing((Table t) -> t.partitionOf() != null || !t.inherits().isEmpty())
                .thenComparing(Table::name));
        for (Table t : ordered) {
            step("create-table", t.name().toString(), ctx.sql.createTable(t), group);
        }
        for (Table t : ordered) {
            for (CheckConstraint c : t.checks()) {
                if (c.notValid()) {
                    step("add-check-not-valid", t.name() + "." + c.name(),
                            ctx.alter(t.name()) + "ADD " + ctx.sql.constraintClause(t, c) + " NOT VALID", group);
                }
            }
            for (Index i : t.indexes()) {
                String create = ctx.sql.createIndex(t, i);
                if (create != null) {
                    step("create-index", t.name() + "." + i.name(), create, group);
                }
            }
        }
        for (Table t : ordered) {
            for (ForeignKey fk : t.foreignKeys()) {
                step("add-foreign-key", t.name() + "." + fk.name(), ctx.alter(t.name()) + "ADD "
                        + ctx.sql.constraintClause(t, fk) + (fk.notValid() ? " NOT VALID" : ""), group);
            }
        }
        for (Table t : ordered) {
            if (t.comment() != null) {
                step("comment", t.name().toString(), "COMMENT ON TABLE " + ctx.table(t.name()) + " IS "
                        + ctx.sql.literal(t.comment()), group);
            }
            for (Column c : t.columns()) {
                if (c.comment() != null) {
                    step("comment", t.name() + "." + c.name(), "COMMENT ON COLUMN " + ctx.column(t.name(), c.name())
                            + " IS " + ctx.sql.literal(c.comment()), group);
                }
            }
        }
    }

    private void step(String kind, String subject, String sql, int group) {
        ctx.out.step(Slot.NEW_TABLES, kind, subject, sql).group(group);
    }

    void drop(Table t) {
        PlanBuilder.Draft d = ctx.out.step(Slot.DROP_TABLES, "drop-table", t.name().toString(), "DROP TABLE " + ctx.table(t.name()))
                .acknowledge(Acknowledgement.DESTRUCTIVE)
                .hazard("drops table " + t.name() + " and every row in it")
                .note("deploy code that no longer reads or writes " + t.name() + " first");
        if (!t.foreignKeys().isEmpty()) {
            d.hazard("also takes ACCESS EXCLUSIVE on the tables its foreign keys reference");
        }
    }

    void rename(QualifiedName from, QualifiedName to) {
        ctx.out.step(Slot.RENAMES, "rename-table", from + " -> " + to,
                        ctx.alter(from) + "RENAME TO " + ctx.sql.ident(to.name()))
                .acknowledge(Acknowledgement.BREAKING)
                .hazard("code still using the name " + from.name() + " fails once this runs")
                .note("deploy code that reads and writes " + to.name() + " first (or put a view named "
                        + from.name() + " in place for the old code)");
    }
}

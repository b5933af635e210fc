package dev.lintel.model.migrate.plan;

import dev.lintel.model.ddl.render.DdlFragments;
import dev.lintel.model.diff.Change;
import dev.lintel.model.diff.ColumnAspect;
import dev.lintel.model.diff.SchemaDiff;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What every recipe of one plan shares: both schemas, the diff, the SQL spelling for the target, and the plan being built. */
final class PlanContext {
    final Schema before;
    final Schema after;
    final SchemaDiff diff;
    final DdlFragments sql;
    final PlanBuilder out;
    private final Map<QualifiedName, Table> afterTables;
    private final Map<QualifiedName, Table> beforeTables;
    /** "table.column" of columns this plan makes NOT NULL through the CHECK recipe. */
    final Set<String> madeNotNull = new HashSet<>();
    /** Tables whose name or columns are renamed by this plan. */
    final Set<QualifiedName> renamedTables = new HashSet<>();
    /** Tables with a column type change (views over them are rebuilt around it). */
    final Set<QualifiedName> retypedTables = new HashSet<>();
    /** "table.name" of constraints and indexes dropped and re-added under the same name. */
    final Set<String> replaced = new HashSet<>();

    PlanContext(Schema before, Schema after, SchemaDiff diff, DdlFragments sql, PlanBuilder out) {
        this.before = before;
        this.after = after;
        this.diff = diff;
        this.sql = sql;
        this.out = out;
        this.afterTables = after.tablesByName();
        this.beforeTables = before.tablesByName();
        Set<String> added = new HashSet<>();
        for (Change c : diff.changes()) {
            if (c instanceof Change.TableRenamed r) {
                renamedTables.add(r.to());
            } else if (c instanceof Change.ColumnRenamed r) {
                renamedTables.add(r.table());
            } else if (c instanceof Change.ColumnChanged cc && (cc.aspects().contains(ColumnAspect.TYPE)
                    || cc.aspects().contains(ColumnAspect.COLLATION))) {
                retypedTables.add(cc.table());
            } else if (c instanceof Change.ConstraintAdded a) {
                added.add(a.table() + "." + a.constraint().name());
            } else if (c instanceof Change.IndexAdded a) {
                added.add(a.table() + "." + a.index().name());
            }
        }
        for (Change c : diff.changes()) {
            if (c instanceof Change.ConstraintDropped d && added.contains(d.table() + "." + d.constraint().name())) {
                replaced.add(d.table() + "." + d.constraint().name());
            } else if (c instanceof Change.IndexDropped d && added.contains(d.table() + "." + d.index().name())) {
                replaced.add(d.table() + "." + d.index().name());
            }
        }
    }

    Table afterTable(QualifiedName name) {
        return afterTables.get(name);
    }

    Table beforeTable(QualifiedName name) {
        return beforeTables.get(name);
    }

    String table(QualifiedName name) {
        return sql.qualified(name);
    }

    String column(QualifiedName table, String column) {
        return sql.qualified(table) + "." + sql.ident(column);
    }

    /** {@code ALTER TABLE t } with the table spelled for the target. */
    String alter(QualifiedName table) {
        return "ALTER TABLE " + sql.qualified(table) + " ";
    }

    /** An index or constraint name qualified with its table's schema (DROP INDEX needs it). */
    String inSchemaOf(QualifiedName table, String name) {
        return sql.qualified(new QualifiedName(table.schema(), name));
    }
}

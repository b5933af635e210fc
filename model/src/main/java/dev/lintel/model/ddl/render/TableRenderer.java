package dev.lintel.model.ddl.render;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.ExclusionConstraint;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CREATE TABLE with its columns and the constraints that can be inline: primary key, unique,
 * valid CHECKs and exclusions. Foreign keys and NOT VALID checks come later as ALTER TABLE.
 */
final class TableRenderer {
    private static final String INDENT = "    ";

    private final RenderContext ctx;
    private final ColumnRenderer columns;
    private final ConstraintRenderer constraints;

    TableRenderer(RenderContext ctx, ColumnRenderer columns, ConstraintRenderer constraints) {
        this.ctx = ctx;
        this.columns = columns;
        this.constraints = constraints;
    }

    Statement create(Table table) {
        List<String> notes = new ArrayList<>();
        String subject = "table " + table.name();
        if (table.isPartition() && !ctx.is(Dialect.POSTGRES)) {
            ctx.limitation(notes, ctx.dialectName() + " has no partitions; partition " + table.name() + " of "
                    + table.partitionOf() + " omitted (its rows belong to the parent)", subject);
            return new Statement(partitionOf(table, notes), notes, true);
        }
        String head = "CREATE " + unlogged(table, notes) + "TABLE " + ifNotExists() + ctx.qualified(table.name());
        if (table.isPartition()) {
            return new Statement(partitionOf(table, notes), notes, false);
        }
        List<String> elements = new ArrayList<>();
        for (Column column : columnsToWrite(table, notes)) {
            elements.add(columns.render(table, column, notes));
        }
        elements.addAll(inlineConstraints(table, notes));
        StringBuilder sb = new StringBuilder(head).append(body(elements));
        if (!table.inherits().isEmpty() && ctx.is(Dialect.POSTGRES)) {
            sb.append(" INHERITS (").append(SqlText.join(table.inherits(), ctx::qualified)).append(')');
        }
        if (table.isPartitioned()) {
            if (ctx.is(Dialect.POSTGRES)) {
                sb.append(" PARTITION BY ").append(table.partitionBy().strip());
            } else {
                ctx.limitation(notes, ctx.dialectName() + " has no declarative partitioning; PARTITION BY "
                        + table.partitionBy() + " of " + subject + " dropped", subject);
            }
        }
        return new Statement(sb.toString(), notes, false);
    }

    /** What must follow all tables: PostgreSQL accepts NOT VALID only on ALTER TABLE ADD CONSTRAINT. */
    List<Statement> notValidChecks(Table table) {
        List<Statement> out = new ArrayList<>();
        if (!ctx.is(Dialect.POSTGRES)) {
            return out;
        }
        for (CheckConstraint check : table.checks()) {
            if (check.notValid()) {
                List<String> notes = new ArrayList<>();
                String clause = constraints.check(table, check, notes);
                out.add(new Statement("ALTER TABLE " + ctx.qualified(table.name()) + " ADD " + clause + " NOT VALID",
                        notes, false));
            }
        }
        return out;
    }

    private String partitionOf(Table table, List<String> notes) {
        StringBuilder sb = new StringBuilder("CREATE TABLE ").append(ifNotExists()).append(ctx.qualified(table.name()))
                .append(" PARTITION OF ").append(ctx.qualified(table.partitionOf()));
        List<String> elements = new ArrayList<>();
        for (Column column : table.columns()) {
            elements.add(columns.renderPartitionColumn(column));
        }
        elements.addAll(inlineConstraints(table, notes));
        if (!elements.isEmpty()) {
            sb.append(body(elements));
        }
        String bound = table.partitionBound() == null ? "DEFAULT" : table.partitionBound().strip();
        sb.append(' ').append(bound);
        if (table.isPartitioned()) {
            sb.append(" PARTITION BY ").append(table.partitionBy().strip());
        }
        return sb.toString();
    }

    private List<String> inlineConstraints(Table table, List<String> notes) {
        List<String> out = new ArrayList<>();
        if (table.primaryKey() != null) {
            out.add(constraints.primaryKey(table, table.primaryKey(), notes));
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            out.add(constraints.unique(table, unique, notes));
        }
        for (CheckConstraint check : table.checks()) {
            if (!check.notValid() || !ctx.is(Dialect.POSTGRES)) {
                String subject = ConstraintRenderer.subject(table, check.name());
                out.add(constraints.check(table, check, notes) + constraints.notValidSuffix(check.notValid(), notes, subject));
            }
        }
        for (ExclusionConstraint exclusion : table.exclusions()) {
            String clause = constraints.exclusion(table, exclusion, notes);
            if (clause != null) {
                out.add(clause);
            }
        }
        return out;
    }

    /**
     * The local columns; for targets without inheritance the inherited columns come first, as
     * PostgreSQL would lay them out (parents in order, same-named columns merged).
     */
    private List<Column> columnsToWrite(Table table, List<String> notes) {
        if (table.inherits().isEmpty() || ctx.is(Dialect.POSTGRES)) {
            return table.columns();
        }
        ctx.limitation(notes, ctx.dialectName() + " has no table inheritance; " + table.name()
                + " gets copies of the columns of " + table.inherits(), "table " + table.name());
        Map<String, Column> merged = new LinkedHashMap<>();
        collectInherited(table, merged, new java.util.HashSet<>());
        return List.copyOf(merged.values());
    }

    private void collectInherited(Table table, Map<String, Column> into, Set<QualifiedName> seen) {
        if (!seen.add(table.name())) {
            return;
        }
        for (QualifiedName parentName : table.inherits()) {
            Table parent = ctx.table(parentName);
            if (parent != null) {
                collectInherited(parent, into, seen);
            }
        }
        table.columns().forEach(c -> into.putIfAbsent(c.name(), c));
    }

    private String unlogged(Table table, List<String> notes) {
        if (!table.unlogged()) {
            return "";
        }
        if (ctx.is(Dialect.POSTGRES)) {
            return "UNLOGGED ";
        }
        ctx.limitation(notes, ctx.dialectName() + " has no unlogged tables; " + table.name() + " is an ordinary table",
                "table " + table.name());
        return "";
    }

    private String ifNotExists() {
        return ctx.options().ifNotExists() ? "IF NOT EXISTS " : "";
    }

    private static String body(List<String> elements) {
        if (elements.isEmpty()) {
            return " ()";
        }
        StringBuilder sb = new StringBuilder(" (\n");
        for (int i = 0; i < elements.size(); i++) {
            sb.append(INDENT).append(elements.get(i)).append(i + 1 < elements.size() ? ",\n" : "\n");
        }
        return sb.append(')').toString();
    }
}

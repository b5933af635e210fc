package dev.lintel.app.editing;

import dev.lintel.model.dialect.ConstraintNames;
import dev.lintel.model.edit.ColumnEdits;
import dev.lintel.model.edit.ConstraintEdits;
import dev.lintel.model.edit.Edit;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What dropping a column of one table onto another means, as edits:
 * <ul>
 * <li>a column that is not its table's key, dropped on a table with a one-column primary key of a
 * compatible type: a foreign key from that column to the key;</li>
 * <li>a table's one-column primary key dropped on another table: that table gets a referencing
 * column {@code <table>_id} of the key's type (or, dropped on one of its columns that fits, uses it)
 * and a foreign key to the key.</li>
 * </ul>
 * Either way an index on the referencing column is offered (the lint asks for one), unless an
 * index already leads with it.
 */
final class ForeignKeyDrop {
    // Types that store the same values: a serial key is an integer, int4 is integer ...
    private static final Map<String, String> SAME = Map.of("int", "integer", "int4", "integer", "serial", "integer",
            "int8", "bigint", "bigserial", "bigint", "int2", "smallint", "smallserial", "smallint",
            "character varying", "varchar");

    /** The foreign key, and the index that may go with it (null when one exists already). */
    record Plan(String description, List<Edit> keyEdits, Edit index, String indexName) {
    }

    private ForeignKeyDrop() {
    }

    static Optional<Plan> plan(Schema schema, QualifiedName from, String column, QualifiedName to, String toColumn) {
        if (from.equals(to)) {
            return Optional.empty();
        }
        Optional<Table> source = schema.table(from);
        Optional<Table> target = schema.table(to);
        if (source.isEmpty() || target.isEmpty() || source.get().column(column).isEmpty()) {
            return Optional.empty();
        }
        Table s = source.get();
        Table t = target.get();
        if (isSingleKey(s, column)) {
            return referencingColumn(s, column, t, toColumn);
        }
        if (t.primaryKey() == null || t.primaryKey().columns().size() != 1) {
            return Optional.empty();
        }
        String key = t.primaryKey().columns().get(0);
        if (!compatible(s.column(column).orElseThrow().type(), t.column(key).orElseThrow().type())) {
            return Optional.empty();
        }
        return Optional.of(foreignKey(s, column, t, key, List.of()));
    }

    // The key of `key` dropped on `t`: t references it through toColumn, or through a new column.
    private static Optional<Plan> referencingColumn(Table keyTable, String key, Table t, String toColumn) {
        DataType keyType = keyTable.column(key).orElseThrow().type();
        if (toColumn != null && !isSingleKey(t, toColumn)) {
            return compatible(t.column(toColumn).orElseThrow().type(), keyType)
                    ? Optional.of(foreignKey(t, toColumn, keyTable, key, List.of())) : Optional.empty();
        }
        String base = keyTable.name().name() + "_id";
        String name = base;
        for (int n = 2; t.hasColumn(name); n++) {
            name = base + n;
        }
        Column referencing = Column.of(name, keyType);
        Table withColumn = t.toBuilder().addColumn(referencing).build();
        return Optional.of(foreignKey(withColumn, name, keyTable, key,
                List.of(new ColumnEdits.AddColumn(t.name(), referencing, -1))));
    }

    private static Plan foreignKey(Table s, String column, Table t, String key, List<Edit> before) {
        List<String> taken = s.constraints().stream().map(Constraint::name).toList();
        String fkName = free(ConstraintNames.foreignKey(s.name().name(), List.of(column)), taken);
        QualifiedName target = t.name();
        List<Edit> edits = new ArrayList<>(before);
        edits.add(new ConstraintEdits.AddForeignKey(s.name(), ForeignKey.of(fkName, List.of(column), target, List.of(key))));
        boolean indexed = s.indexes().stream().anyMatch(i -> !i.leadingColumns().isEmpty() && i.leadingColumns().get(0).equals(column))
                || s.primaryKey() != null && !s.primaryKey().columns().isEmpty() && s.primaryKey().columns().get(0).equals(column);
        String indexName = indexed ? null
                : free(ConstraintNames.index(s.name().name(), List.of(column)), s.indexes().stream().map(Index::name).toList());
        String description = (before.isEmpty() ? "" : "Add column " + column + " " + t.column(key).orElseThrow().type() + " to "
                + s.name().name() + " and a foreign key ") + s.name().name() + "(" + column + ") \u2192 " + t.name().name() + "(" + key + ")";
        return new Plan(description.substring(0, 1).toUpperCase(Locale.ROOT) + description.substring(1), edits,
                indexName == null ? null : new ConstraintEdits.AddIndex(s.name(), Index.on(indexName, false, column)), indexName);
    }

    private static boolean isSingleKey(Table t, String column) {
        return t.primaryKey() != null && t.primaryKey().columns().equals(List.of(column));
    }

    static boolean compatible(DataType a, DataType b) {
        return !a.isArray() && !b.isArray() && canonical(a.name()).equals(canonical(b.name()));
    }

    private static String canonical(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return SAME.getOrDefault(t, t);
    }

    private static String free(String wanted, List<String> taken) {
        String name = wanted;
        for (int n = 1; taken.contains(name); n++) {
            name = wanted + n;
        }
        return name;
    }
}

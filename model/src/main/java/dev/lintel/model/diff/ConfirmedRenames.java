package dev.lintel.model.diff;

import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The renames a hint confirmed, applied to the old schema so the rest of the diff compares like
 * with like: a renamed table or column then differs only in what really changed besides its name.
 * References follow (key and index columns, foreign keys to a renamed table or column). CHECK and
 * view text is left as written: a changed expression is a real difference the planner must apply.
 */
final class ConfirmedRenames {
    final Map<QualifiedName, QualifiedName> tables = new HashMap<>();
    /** Keyed by the table's new name: old column name to new. */
    final Map<QualifiedName, Map<String, String>> columns = new HashMap<>();

    boolean isEmpty() {
        return tables.isEmpty() && columns.isEmpty();
    }

    void column(QualifiedName table, String from, String to) {
        columns.computeIfAbsent(table, t -> new HashMap<>()).put(from, to);
    }

    Schema applyTo(Schema before) {
        if (isEmpty()) {
            return before;
        }
        List<Table> renamed = before.tables().stream().map(this::apply).toList();
        return before.withTables(renamed).normalize();
    }

    private Table apply(Table t) {
        QualifiedName name = tables.getOrDefault(t.name(), t.name());
        Map<String, String> cols = columns.getOrDefault(name, Map.of());
        Table.Builder b = t.toBuilder().name(name);
        b.columns(t.columns().stream().map(c -> c.withName(cols.getOrDefault(c.name(), c.name()))).toList());
        if (t.primaryKey() != null) {
            b.primaryKey(t.primaryKey().withColumns(rename(t.primaryKey().columns(), cols)));
        }
        b.uniqueConstraints(t.uniqueConstraints().stream().map(u -> u.withColumns(rename(u.columns(), cols))).toList());
        b.foreignKeys(t.foreignKeys().stream().map(fk -> foreignKey(fk, cols)).toList());
        b.indexes(t.indexes().stream().map(i -> index(i, cols)).toList());
        return b.build();
    }

    private ForeignKey foreignKey(ForeignKey fk, Map<String, String> own) {
        QualifiedName target = tables.getOrDefault(fk.referencedTable(), fk.referencedTable());
        Map<String, String> theirs = columns.getOrDefault(target, Map.of());
        return fk.withColumns(rename(fk.columns(), own)).withReferencedTable(target)
                .withReferencedColumns(rename(fk.referencedColumns(), theirs));
    }

    private static Index index(Index i, Map<String, String> cols) {
        if (cols.isEmpty()) {
            return i;
        }
        List<IndexKey> keys = i.keys().stream().map(k -> k.isColumn() && cols.containsKey(k.column())
                ? new IndexKey(cols.get(k.column()), null, k.collation(), k.opclass(), k.order(), k.nulls()) : k).toList();
        return new Index(i.name(), i.unique(), i.method(), keys, rename(i.include(), cols), i.where(), i.nullsNotDistinct());
    }

    private static List<String> rename(List<String> names, Map<String, String> map) {
        return map.isEmpty() ? names : names.stream().map(n -> map.getOrDefault(n, n)).toList();
    }
}

package dev.lintel.app.canvas;

import dev.lintel.model.layout.LayoutGraph;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link EdgeStyle} of every foreign key whose target exists, by edge id. */
final class EdgeStyles {
    private EdgeStyles() {
    }

    static Map<String, EdgeStyle> of(Schema schema) {
        Map<String, EdgeStyle> out = new HashMap<>();
        for (Table t : schema.tables()) {
            addOf(schema, t, out);
        }
        return out;
    }

    /** Puts the styles of {@code t}'s foreign keys (those whose target exists in {@code schema}) into {@code out}. */
    static void addOf(Schema schema, Table t, Map<String, EdgeStyle> out) {
        for (ForeignKey fk : t.foreignKeys()) {
            Optional<Table> target = schema.resolveTable(fk.referencedTable());
            if (target.isEmpty()) {
                continue;
            }
            String id = LayoutGraph.edgeId(t, fk);
            boolean optional = fk.columns().stream().anyMatch(c -> t.column(c).map(col -> col.nullable()).orElse(true));
            boolean identifying = t.primaryKey() != null && t.primaryKey().columns().containsAll(fk.columns());
            out.put(id, new EdgeStyle(id, ObjectPath.table(target.get().name()).toString(),
                    ObjectPath.table(t.name()).toString(), fk.name() == null ? "" : fk.name(), optional,
                    isUnique(t, fk.columns()), identifying, fk.enforced()));
        }
    }

    // One-to-one when the FK columns are (a superset of) a unique key or the primary key.
    private static boolean isUnique(Table t, List<String> columns) {
        var set = new HashSet<>(columns);
        return t.uniqueColumnSets().stream().anyMatch(set::containsAll);
    }
}

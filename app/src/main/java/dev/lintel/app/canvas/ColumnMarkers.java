package dev.lintel.app.canvas;

import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** What the diagram and the inspector mark on a column, decided in one place so both agree. */
public final class ColumnMarkers {
    private ColumnMarkers() {
    }

    public static boolean isForeignKeyColumn(Table table, String column) {
        return table.foreignKeys().stream().map(ForeignKey::columns).anyMatch(cols -> cols.contains(column));
    }

    /** Unique on its own (a one-column UNIQUE constraint); part of a composite unique key does not count. */
    public static boolean isUniqueColumn(Table table, String column) {
        return table.uniqueConstraints().stream().map(UniqueConstraint::columns).anyMatch(cols -> cols.equals(List.of(column)));
    }

    /** The key markers of a column, e.g. {@code "PK FK"}. */
    public static String keysOf(Table table, String column) {
        List<String> keys = new ArrayList<>();
        if (table.isPrimaryKeyColumn(column)) {
            keys.add("PK");
        }
        if (isForeignKeyColumn(table, column)) {
            keys.add("FK");
        }
        if (isUniqueColumn(table, column)) {
            keys.add("UQ");
        }
        return String.join(" ", keys);
    }

    /** The type as a reader expects it; user-defined types by their own name, without the schema. */
    public static String typeText(DataType type) {
        if (!type.isUserDefined()) {
            return type.toString();
        }
        return type.name() + "[]".repeat(type.arrayDimensions());
    }
}

package dev.lintel.model.schema;

import java.util.Objects;

/** A reference to one column of one table. */
public record ColumnRef(QualifiedName table, String column) {
    public ColumnRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public String toString() {
        return table + "." + column;
    }
}

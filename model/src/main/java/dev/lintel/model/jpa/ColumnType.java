package dev.lintel.model.jpa;

import dev.lintel.model.schema.DataType;

/**
 * A column's SQL type and the physical size Hibernate sorts columns by
 * ({@code ColumnOrderingStrategyStandard}: {@code max(size, 4)}, then {@code size > 2048}, then name).
 */
record ColumnType(DataType type, long size) {
    static final long UNBOUNDED = Integer.MAX_VALUE;

    ColumnType withType(DataType t) {
        return new ColumnType(t, size);
    }
}

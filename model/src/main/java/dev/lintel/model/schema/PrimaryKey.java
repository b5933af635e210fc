package dev.lintel.model.schema;

import java.util.List;

public record PrimaryKey(String name, List<String> columns, Deferrability deferrability) implements Constraint {
    public PrimaryKey {
        columns = Lists.copy(columns);
        deferrability = deferrability == null ? Deferrability.NOT_DEFERRABLE : deferrability;
    }

    public static PrimaryKey of(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns), Deferrability.NOT_DEFERRABLE);
    }

    public PrimaryKey withName(String v) {
        return new PrimaryKey(v, columns, deferrability);
    }

    public PrimaryKey withColumns(List<String> v) {
        return new PrimaryKey(name, v, deferrability);
    }
}

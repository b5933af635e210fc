package dev.lintel.model.schema;

import java.util.List;

public record UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct, Deferrability deferrability)
        implements Constraint {
    public UniqueConstraint {
        columns = Lists.copy(columns);
        deferrability = deferrability == null ? Deferrability.NOT_DEFERRABLE : deferrability;
    }

    public static UniqueConstraint of(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns), false, Deferrability.NOT_DEFERRABLE);
    }

    public UniqueConstraint withName(String v) {
        return new UniqueConstraint(v, columns, nullsNotDistinct, deferrability);
    }

    public UniqueConstraint withColumns(List<String> v) {
        return new UniqueConstraint(name, v, nullsNotDistinct, deferrability);
    }
}

package dev.lintel.model.schema;

import java.util.Objects;

/**
 * A PostgreSQL EXCLUDE constraint. Rare enough that the model keeps its definition as text
 * ({@code USING gist (room WITH =, during WITH &&)}), as {@code pg_get_constraintdef} prints it.
 */
public record ExclusionConstraint(String name, String definition, Deferrability deferrability) implements Constraint {
    public ExclusionConstraint {
        Objects.requireNonNull(definition, "definition");
        deferrability = deferrability == null ? Deferrability.NOT_DEFERRABLE : deferrability;
    }
}

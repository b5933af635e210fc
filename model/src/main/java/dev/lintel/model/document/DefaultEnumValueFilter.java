package dev.lintel.model.document;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Deferrability;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.IndexKey;
import java.util.List;
import java.util.Set;

/**
 * Jackson value filter (its {@code equals} says "leave out") for the enum constants that the
 * model's records use as their default, so files only mention what is special about an object.
 */
final class DefaultEnumValueFilter {
    static final List<Class<?>> TYPES = List.of(Column.SerialKind.class, Deferrability.class, ForeignKey.Action.class,
            ForeignKey.Match.class, IndexKey.SortOrder.class, IndexKey.NullsOrder.class);

    private static final Set<Object> DEFAULTS = Set.of(Column.SerialKind.NONE, Deferrability.NOT_DEFERRABLE,
            ForeignKey.Action.NO_ACTION, ForeignKey.Match.SIMPLE, IndexKey.SortOrder.ASC, IndexKey.NullsOrder.DEFAULT);

    @Override
    public boolean equals(Object value) {
        return value == null || DEFAULTS.contains(value);
    }

    @Override
    public int hashCode() {
        return 0;
    }
}

package dev.lintel.model.schema;

import java.util.List;
import java.util.Objects;

/**
 * A view or materialized view. The definition is the query text as written (or as
 * {@code pg_get_viewdef} printed it); Lintel does not model its result columns beyond the
 * optional explicit column list.
 */
public record View(QualifiedName name, String definition, boolean materialized, List<String> columnNames,
                   String options, boolean withData, String comment) {
    public View {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        columnNames = Lists.copy(columnNames);
        options = Lists.blankToNull(options);
    }

    public static View of(QualifiedName name, String definition) {
        return new View(name, definition, false, List.of(), null, true, null);
    }

    public View withComment(String v) {
        return new View(name, definition, materialized, columnNames, options, withData, v);
    }
}

package dev.lintel.model.schema;

import java.util.Objects;

/** A PostgreSQL extension ({@code CREATE EXTENSION}); schema and version are null when unspecified. */
public record Extension(String name, String schema, String version) {
    public Extension {
        Objects.requireNonNull(name, "name");
        schema = Lists.blankToNull(schema);
        version = Lists.blankToNull(version);
    }
}

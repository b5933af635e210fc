package dev.lintel.model.schema;

import java.util.Objects;

/**
 * Anything the model does not understand structurally (functions, triggers, policies, grants,
 * {@code DO} blocks ...), kept verbatim so that export reproduces it. {@code kind} is a short
 * upper-case label ({@code FUNCTION}, {@code TRIGGER}, {@code STATEMENT}); {@code name} is the
 * object's name when one could be read, else null. Where it came from is in the import's
 * {@code SourceMap}, not here, so equal schemas from different files compare equal.
 */
public record OpaqueObject(String kind, QualifiedName name, String sql) {
    public OpaqueObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sql, "sql");
    }
}

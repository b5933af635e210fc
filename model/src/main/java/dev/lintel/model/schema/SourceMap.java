package dev.lintel.model.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Object path to source location, kept beside the schema (not inside it) so that findings can
 * point at file:line while equal schemas from different files still compare equal.
 */
public final class SourceMap {
    private static final SourceMap EMPTY = new SourceMap(Map.of());
    private final Map<String, SourceLocation> locations;

    public SourceMap(Map<String, SourceLocation> locations) {
        this.locations = Collections.unmodifiableMap(new LinkedHashMap<>(locations));
    }

    public static SourceMap empty() {
        return EMPTY;
    }

    public Optional<SourceLocation> locate(ObjectPath path) {
        SourceLocation own = locations.get(path.toString());
        if (own != null || path.member() == null) {
            return Optional.ofNullable(own);
        }
        return Optional.ofNullable(locations.get(path.ownerPath().toString()));
    }

    public Map<String, SourceLocation> asMap() {
        return locations;
    }

    public int size() {
        return locations.size();
    }
}

package dev.lintel.model.ddl.render;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Schema;

/**
 * Writes a schema as DDL for one dialect: deterministic, dependency-ordered, identifiers quoted
 * exactly when needed. What the target cannot express becomes a diagnostic and an SQL comment.
 */
public final class DdlRenderer {
    public RenderResult render(Schema schema, Dialect target) {
        throw new UnsupportedOperationException("DDL export is being built (issue 3)");
    }
}

package dev.lintel.model.schema;

import java.util.List;
import java.util.Objects;

/** A domain: a base type with optional NOT NULL, default, collation and CHECK constraints. */
public record Domain(QualifiedName name, DataType baseType, boolean notNull, String defaultExpression,
                     String collation, List<CheckConstraint> checks, String comment) {
    public Domain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseType, "baseType");
        defaultExpression = Lists.blankToNull(defaultExpression);
        collation = Lists.blankToNull(collation);
        checks = Lists.copy(checks);
    }

    public Domain withComment(String v) {
        return new Domain(name, baseType, notNull, defaultExpression, collation, checks, v);
    }
}

package dev.lintel.model.schema;

/**
 * A table constraint. Names are never null once a schema is normalized: importers fill in the
 * name the database would choose (see {@code dev.lintel.model.dialect.ConstraintNames}).
 */
public sealed interface Constraint permits PrimaryKey, UniqueConstraint, ForeignKey, CheckConstraint, ExclusionConstraint {
    String name();
}

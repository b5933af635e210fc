package dev.lintel.model.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * A schema-qualified object name. {@code schema} is null when the source did not say and no
 * default applies (for example a plain H2 or MySQL script); importers fill in the dialect's
 * default schema when they know it.
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
    private static final Comparator<QualifiedName> ORDER = Comparator
            .comparing(QualifiedName::schema, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(QualifiedName::name);

    public QualifiedName {
        Objects.requireNonNull(name, "name");
        schema = Lists.blankToNull(schema);
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    public static QualifiedName unqualified(String name) {
        return new QualifiedName(null, name);
    }

    public QualifiedName withName(String newName) {
        return new QualifiedName(schema, newName);
    }

    public QualifiedName withSchema(String newSchema) {
        return new QualifiedName(newSchema, name);
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    /** Unquoted dotted form, for messages and object paths; never for SQL. */
    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}

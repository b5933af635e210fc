package dev.lintel.model.schema;

import java.util.Objects;

/**
 * A table column.
 *
 * @param defaultExpression SQL text of the default, or null
 * @param identity identity generation, or null
 * @param serial the pseudo-type the column was declared with ({@code serial}, {@code bigserial}), or
 *        {@link SerialKind#NONE}; its sequence and {@code nextval} default are implied, not stored
 * @param generatedExpression expression of a {@code GENERATED ALWAYS AS (...) STORED} column, or null
 */
public record Column(
        String name,
        DataType type,
        boolean nullable,
        String defaultExpression,
        Identity identity,
        SerialKind serial,
        String generatedExpression,
        String collation,
        String comment) {

    public enum SerialKind { NONE, SMALLSERIAL, SERIAL, BIGSERIAL }

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        serial = serial == null ? SerialKind.NONE : serial;
        defaultExpression = Lists.blankToNull(defaultExpression);
        generatedExpression = Lists.blankToNull(generatedExpression);
        collation = Lists.blankToNull(collation);
    }

    /** A nullable column with nothing else set: the starting point for {@code with...} edits. */
    public static Column of(String name, DataType type) {
        return new Column(name, type, true, null, null, SerialKind.NONE, null, null, null);
    }

    public Column withName(String v) {
        return new Column(v, type, nullable, defaultExpression, identity, serial, generatedExpression, collation, comment);
    }

    public Column withType(DataType v) {
        return new Column(name, v, nullable, defaultExpression, identity, serial, generatedExpression, collation, comment);
    }

    public Column withNullable(boolean v) {
        return new Column(name, type, v, defaultExpression, identity, serial, generatedExpression, collation, comment);
    }

    public Column withDefault(String v) {
        return new Column(name, type, nullable, v, identity, serial, generatedExpression, collation, comment);
    }

    public Column withIdentity(Identity v) {
        return new Column(name, type, nullable, defaultExpression, v, serial, generatedExpression, collation, comment);
    }

    public Column withSerial(SerialKind v) {
        return new Column(name, type, nullable, defaultExpression, identity, v, generatedExpression, collation, comment);
    }

    public Column withGenerated(String v) {
        return new Column(name, type, nullable, defaultExpression, identity, serial, v, collation, comment);
    }

    public Column withCollation(String v) {
        return new Column(name, type, nullable, defaultExpression, identity, serial, generatedExpression, v, comment);
    }

    public Column withComment(String v) {
        return new Column(name, type, nullable, defaultExpression, identity, serial, generatedExpression, collation, v);
    }

    /** True when the database fills the value itself (identity, serial, default or generated). */
    public boolean hasGeneratedValue() {
        return identity != null || serial != SerialKind.NONE || defaultExpression != null || generatedExpression != null;
    }
}

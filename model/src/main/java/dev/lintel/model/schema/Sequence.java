package dev.lintel.model.schema;

import java.util.Objects;

/**
 * A standalone sequence. Sequences implied by serial or identity columns are not listed: the
 * column implies them. Null options mean the database default.
 *
 * @param ownedBy the column that owns the sequence ({@code OWNED BY t.c}), or null
 */
public record Sequence(QualifiedName name, DataType type, Long start, Long increment, Long minValue, Long maxValue,
                       Long cache, boolean cycle, ColumnRef ownedBy, String comment) {
    public Sequence {
        Objects.requireNonNull(name, "name");
    }

    public static Sequence of(QualifiedName name) {
        return new Sequence(name, null, null, null, null, null, null, false, null, null);
    }

    public Sequence withOwnedBy(ColumnRef v) {
        return new Sequence(name, type, start, increment, minValue, maxValue, cache, cycle, v, comment);
    }

    public Sequence withComment(String v) {
        return new Sequence(name, type, start, increment, minValue, maxValue, cache, cycle, ownedBy, v);
    }
}

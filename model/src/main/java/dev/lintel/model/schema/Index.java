package dev.lintel.model.schema;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An index on its table. Constraint-backing indexes (of primary keys and unique constraints) are
 * not listed here: the constraint implies them.
 *
 * @param method access method, lower case ({@code btree}, {@code gin}, {@code gist}, {@code hash} ...)
 * @param include INCLUDE (covering) columns
 * @param where predicate of a partial index, or null
 */
public record Index(
        String name,
        boolean unique,
        String method,
        List<IndexKey> keys,
        List<String> include,
        String where,
        boolean nullsNotDistinct) {

    public Index {
        Objects.requireNonNull(name, "name");
        method = method == null || method.isBlank() ? "btree" : method.toLowerCase(Locale.ROOT);
        keys = Lists.copy(keys);
        include = Lists.copy(include);
        where = Lists.blankToNull(where);
    }

    public static Index on(String name, boolean unique, String... columns) {
        return new Index(name, unique, "btree", java.util.Arrays.stream(columns).map(IndexKey::column).toList(),
                List.of(), null, false);
    }

    public Index withName(String v) {
        return new Index(v, unique, method, keys, include, where, nullsNotDistinct);
    }

    public boolean isPartial() {
        return where != null;
    }

    /** The key columns in order while they are plain columns; stops at the first expression. */
    public List<String> leadingColumns() {
        List<String> out = new java.util.ArrayList<>();
        for (IndexKey key : keys) {
            if (!key.isColumn()) {
                break;
            }
            out.add(key.column());
        }
        return List.copyOf(out);
    }
}

package dev.lintel.model.lint.rules;

import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.List;

/**
 * What an index can do, whatever declared it: a CREATE INDEX, or the index behind a primary
 * key or unique constraint (those are {@code constraintBacked} and never reported as redundant).
 */
record IndexShape(String name, boolean unique, String method, List<IndexKey> keys, List<String> include,
                  String where, boolean nullsNotDistinct, boolean constraintBacked) {

    static IndexShape of(Index i) {
        return new IndexShape(i.name(), i.unique(), i.method(), i.keys(), i.include(), i.where(), i.nullsNotDistinct(), false);
    }

    static IndexShape of(PrimaryKey pk) {
        return new IndexShape(pk.name(), true, "btree", pk.columns().stream().map(IndexKey::column).toList(),
                List.of(), null, false, true);
    }

    static IndexShape of(UniqueConstraint u) {
        return new IndexShape(u.name(), true, "btree", u.columns().stream().map(IndexKey::column).toList(),
                List.of(), null, u.nullsNotDistinct(), true);
    }

    /** Same method, predicate and NULL treatment: the conditions under which one can stand in for the other. */
    boolean comparableWith(IndexShape o) {
        return method.equals(o.method) && SqlText.normalized(where).equals(SqlText.normalized(o.where))
                && nullsNotDistinct == o.nullsNotDistinct;
    }

    /** Every INCLUDE column of {@code this} is a key or INCLUDE column of {@code o}. */
    boolean includeCoveredBy(IndexShape o) {
        return include.stream().allMatch(c -> o.include.contains(c) || o.keys.stream().anyMatch(k -> c.equals(k.column())));
    }

    String describe() {
        return (constraintBacked ? "constraint " : "index ") + name;
    }
}

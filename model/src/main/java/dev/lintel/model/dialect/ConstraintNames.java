package dev.lintel.model.dialect;

import java.util.List;
import java.util.Set;

/**
 * The names PostgreSQL gives to constraints and indexes created without one, so that an
 * imported design names its objects exactly as the database would.
 */
public final class ConstraintNames {
    private ConstraintNames() {
    }

    public static String primaryKey(String table) {
        return Identifiers.makeObjectName(table, null, "pkey");
    }

    public static String unique(String table, List<String> columns) {
        return Identifiers.makeObjectName(table, Identifiers.columnsPart(columns), "key");
    }

    public static String foreignKey(String table, List<String> columns) {
        return Identifiers.makeObjectName(table, Identifiers.columnsPart(columns), "fkey");
    }

    /** A CHECK is named after the first column it mentions, or just the table when it mentions none. */
    public static String check(String table, String firstColumn) {
        return Identifiers.makeObjectName(table, firstColumn, "check");
    }

    public static String exclusion(String table, List<String> columns) {
        return Identifiers.makeObjectName(table, Identifiers.columnsPart(columns), "excl");
    }

    /** An index: key column names (expressions count as {@code expr}) and {@code idx}. */
    public static String index(String table, List<String> keyNames) {
        return Identifiers.makeObjectName(table, Identifiers.columnsPart(keyNames), "idx");
    }

    /**
     * Makes {@code base} unique among {@code taken} the way PostgreSQL does: by appending 1, 2, ...
     * to the label part, shortening the rest to stay within 63 bytes.
     */
    public static String uniquify(String table, String name2, String label, Set<String> taken) {
        return uniquify(table, name2, label, taken::contains);
    }

    /** As {@link #uniquify(String, String, String, Set)}, asking {@code isTaken} instead of copying sets together. */
    public static String uniquify(String table, String name2, String label, java.util.function.Predicate<String> isTaken) {
        String candidate = Identifiers.makeObjectName(table, name2, label);
        for (int pass = 1; isTaken.test(candidate); pass++) {
            candidate = Identifiers.makeObjectName(table, name2, label + pass);
        }
        return candidate;
    }
}

package dev.lintel.model.migrate.plan;

import dev.lintel.model.schema.DataType;
import java.util.Locale;
import java.util.Set;

/**
 * The two facts the recipes choose by: is a default volatile (adding it would rewrite) and does a
 * type change rewrite. Until the migration review engine's analysis is merged this is a
 * conservative stand-in: unknown functions count as volatile, unknown type changes as rewriting.
 */
final class LockFacts {
    private static final Set<String> STABLE_CALLS = Set.of("now", "current_timestamp", "current_date", "localtimestamp",
            "current_time", "transaction_timestamp", "statement_timestamp", "current_user", "session_user");

    private LockFacts() {
    }

    static boolean volatileDefault(String expression) {
        if (expression == null) {
            return false;
        }
        String e = expression.toLowerCase(Locale.ROOT);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([a-z_][a-z0-9_.]*)\\s*\\(").matcher(e);
        while (m.find()) {
            String name = m.group(1);
            name = name.substring(name.lastIndexOf('.') + 1);
            if (!STABLE_CALLS.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** True when the change keeps the stored bytes valid (no rewrite), per the no-rewrite matrix. */
    static boolean rewrites(DataType from, DataType to) {
        if (from.arrayDimensions() != to.arrayDimensions() || from.isUserDefined() || to.isUserDefined()) {
            return !from.equals(to);
        }
        String f = from.name();
        String t = to.name();
        if ((f.equals("varchar") || f.equals("text")) && t.equals("text")) {
            return false;
        }
        if (f.equals("varchar") && t.equals("varchar")) {
            return !(to.args().isEmpty() || !from.args().isEmpty() && to.length() >= from.length());
        }
        if (f.equals("text") && t.equals("varchar")) {
            return !to.args().isEmpty();
        }
        if (f.equals("numeric") && t.equals("numeric")) {
            if (to.args().isEmpty()) {
                return false;
            }
            return from.args().isEmpty() || !scale(from).equals(scale(to)) || to.length() < from.length();
        }
        return !from.equals(to);
    }

    /** Values of the old type may not fit the new one. */
    static boolean narrows(DataType from, DataType to) {
        if (from.name().equals(to.name())) {
            return !to.args().isEmpty() && (from.args().isEmpty() || to.length() < from.length());
        }
        return !(to.name().equals("text") || to.name().equals("bigint") && Set.of("smallint", "integer").contains(from.name())
                || to.name().equals("integer") && from.name().equals("smallint") || to.name().equals("numeric") && to.args().isEmpty());
    }

    private static String scale(DataType t) {
        return t.args().size() > 1 ? t.args().get(1).trim() : "0";
    }
}

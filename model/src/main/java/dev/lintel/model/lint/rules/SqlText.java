package dev.lintel.model.lint.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough reading of SQL expression text (CHECKs, index predicates and expressions) for the
 * rules: which identifiers it mentions and which columns a predicate proves non-null. Anything
 * unusual makes these answers conservative (mentions: yes; proves: nothing).
 */
final class SqlText {
    private SqlText() {
    }

    private static final Pattern TOKEN = Pattern.compile("'(?:[^']|'')*'|\"((?:[^\"]|\"\")*)\"|([A-Za-z_][A-Za-z0-9_$]*)");
    private static final Pattern IS_NOT_NULL = Pattern.compile(
            "(?i)^\\s*(\"(?:[^\"]|\"\")*\"|[A-Za-z_][A-Za-z0-9_$]*)\\s+IS\\s+NOT\\s+NULL\\s*$");

    /** Identifiers in the text, unquoted ones lower-cased, quoted ones as written; string literals skipped. */
    static Set<String> identifiers(String sql) {
        Set<String> out = new LinkedHashSet<>();
        if (sql == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(sql);
        while (m.find()) {
            if (m.group(1) != null) {
                out.add(m.group(1).replace("\"\"", "\""));
            } else if (m.group(2) != null) {
                out.add(m.group(2).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** True when the text mentions the column (case-insensitively for unquoted spellings). */
    static boolean mentions(String sql, String column) {
        for (String id : identifiers(sql)) {
            if (id.equals(column) || id.equalsIgnoreCase(column)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The columns a predicate made only of {@code col IS NOT NULL} terms joined by AND proves
     * non-null; empty when the predicate has any other term (we do not prove implications).
     */
    static Optional<Set<String>> notNullConjunction(String predicate) {
        if (predicate == null) {
            return Optional.empty();
        }
        Set<String> cols = new LinkedHashSet<>();
        for (String term : splitTopLevelAnd(stripParens(predicate))) {
            Matcher m = IS_NOT_NULL.matcher(stripParens(term));
            if (!m.matches()) {
                return Optional.empty();
            }
            String id = m.group(1);
            cols.add(id.startsWith("\"") ? id.substring(1, id.length() - 1).replace("\"\"", "\"") : id.toLowerCase(Locale.ROOT));
        }
        return cols.isEmpty() ? Optional.empty() : Optional.of(cols);
    }

    static String stripParens(String s) {
        String t = s.trim();
        while (t.startsWith("(") && t.endsWith(")") && closesAtEnd(t)) {
            t = t.substring(1, t.length() - 1).trim();
        }
        return t;
    }

    // True when the opening parenthesis at 0 is closed by the last character.
    private static boolean closesAtEnd(String t) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0 && i < t.length() - 1) {
                return false;
            }
        }
        return depth == 0;
    }

    private static List<String> splitTopLevelAnd(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        String upper = s.toUpperCase(Locale.ROOT);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && upper.startsWith("AND", i)
                    && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
                    && (i + 3 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 3)))) {
                parts.add(s.substring(start, i));
                start = i + 3;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** Expression text with whitespace, quotes around simple names and redundant casts to text removed, for comparing. */
    static String normalized(String sql) {
        return sql == null ? "" : sql.toLowerCase(Locale.ROOT).replaceAll("::\\s*(text|character varying|varchar)", "")
                .replace("\"", "").replaceAll("\\s+", "");
    }
}

package dev.lintel.model.edit;

import java.util.Locale;

/**
 * Finds and renames a column name inside SQL expression text (a CHECK, an index expression or
 * predicate): bare words are compared as PostgreSQL folds them, quoted identifiers exactly, and
 * string literals are left alone.
 */
final class SqlNames {
    private SqlNames() {
    }

    static boolean mentions(String sql, String name) {
        return sql != null && !rename(sql, name, name + "\u0000").equals(sql);
    }

    static String rename(String sql, String from, String to) {
        if (sql == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int end = closing(sql, i, '\'');
                out.append(sql, i, end);
                i = end;
            } else if (c == '"') {
                int end = closing(sql, i, '"');
                String name = sql.substring(i + 1, Math.max(i + 1, end - 1)).replace("\"\"", "\"");
                out.append(name.equals(from) ? quoted(to) : sql.substring(i, end));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                String word = sql.substring(i, end);
                out.append(word.toLowerCase(Locale.ROOT).equals(from) ? written(to) : word);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index just past the quote that closes the one at {@code start} (doubled quotes stay inside). */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static String written(String name) {
        return name.matches("[a-z_][a-z0-9_$]*") ? name : quoted(name);
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}

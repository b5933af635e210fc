package dev.lintel.model.introspect;

/** Small text operations on deparsed SQL. */
final class SqlText {
    private SqlText() {
    }

    /**
     * Removes parentheses that enclose the whole expression ({@code (a > 0)} -> {@code a > 0}),
     * as the model keeps expressions without them; {@code (a) AND (b)} is left alone.
     */
    static String stripOuterParentheses(String expression) {
        if (expression == null) {
            return null;
        }
        String s = expression.strip();
        while (s.length() >= 2 && s.charAt(0) == '(' && closingOf(s, 0) == s.length() - 1) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** Index of the parenthesis closing the one at {@code open}, skipping quoted text; -1 if none. */
    private static int closingOf(String s, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Writes each double-quoted identifier plainly when the dialect would not need the quotes
     * ({@code "AGE" >= 0} -> {@code AGE >= 0} in H2); string literals and identifiers that need
     * their quotes ({@code "order"}, {@code "Mixed"}) are left as they are.
     */
    static String unquoteIdentifiers(String sql, dev.lintel.model.dialect.Dialect dialect) {
        if (sql == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < sql.length()) { // a doubled quote is an escaped one inside
                    if (sql.charAt(end) == c) {
                        if (end + 1 < sql.length() && sql.charAt(end + 1) == c) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                String token = sql.substring(i, Math.min(end + 1, sql.length()));
                if (c == '"' && end < sql.length()) {
                    String name = dialect.identifierFromSql(token);
                    out.append(dialect.ident(name));
                } else {
                    out.append(token);
                }
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Line breaks and the indentation after them, outside quotes, as one space: a deparser's layout, not the expression's. */
    static String joinLines(String sql) {
        if (sql == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(sql.length());
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
                out.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                out.append(c);
            } else if (c == '\n' || c == '\r') {
                while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
                while (i + 1 < sql.length() && Character.isWhitespace(sql.charAt(i + 1))) {
                    i++;
                }
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String stripTrailingSemicolon(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }
}

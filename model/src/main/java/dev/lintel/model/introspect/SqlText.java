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

    static String stripTrailingSemicolon(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }
}

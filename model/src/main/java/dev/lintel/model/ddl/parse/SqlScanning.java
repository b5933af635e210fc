package dev.lintel.model.ddl.parse;

/** Scanning primitives shared by the statement splitter and the lexer; each returns the offset just past the construct. */
final class SqlScanning {
    private SqlScanning() {
    }

    /** Past a quoted run starting at {@code start} (the opening quote); doubled quotes escape, and backslashes when asked. */
    static int endOfQuoted(CharSequence s, int start, char quote, boolean backslashEscapes) {
        int n = s.length();
        int i = start + 1;
        while (i < n) {
            char c = s.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < n && s.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    /** Past a (nested) block comment starting at {@code start}. */
    static int endOfBlockComment(CharSequence s, int start) {
        int n = s.length();
        int depth = 0;
        int i = start;
        while (i < n) {
            if (s.charAt(i) == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                depth++;
                i += 2;
            } else if (s.charAt(i) == '*' && i + 1 < n && s.charAt(i + 1) == '/') {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    /** If a dollar-quote tag ({@code $$} or {@code $tag$}) starts at {@code start}, the offset past it; else -1. */
    static int dollarTagEnd(CharSequence s, int start) {
        int n = s.length();
        int i = start + 1;
        if (i < n && Character.isDigit(s.charAt(i))) {
            return -1;
        }
        while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        return i < n && s.charAt(i) == '$' ? i + 1 : -1;
    }

    /** Past a dollar-quoted string starting at {@code start}; runs to the end when unterminated. */
    static int endOfDollarQuoted(CharSequence s, int start) {
        int tagEnd = dollarTagEnd(s, start);
        String tag = s.subSequence(start, tagEnd).toString();
        int close = s.toString().indexOf(tag, tagEnd);
        return close < 0 ? s.length() : close + tag.length();
    }
}

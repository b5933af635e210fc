package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/**
 * A read position over one statement's tokens with the helpers the statement readers share.
 * Every read either consumes a token or fails, so no reader can loop forever.
 */
final class TokenCursor {
    private static final SqlToken EOF = new SqlToken(SqlToken.Kind.SYMBOL, "", Integer.MAX_VALUE, Integer.MAX_VALUE);

    private final String sql;
    private final List<SqlToken> tokens;
    private final Dialect dialect;
    private int pos;

    TokenCursor(String sql, Dialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
        this.tokens = SqlLexer.tokenize(sql, dialect);
    }

    Dialect dialect() {
        return dialect;
    }

    String sql() {
        return sql;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    SqlToken peek() {
        return peek(0);
    }

    SqlToken peek(int ahead) {
        int i = pos + ahead;
        return i < tokens.size() ? tokens.get(i) : EOF;
    }

    SqlToken next() {
        if (atEnd()) {
            throw new DdlSyntaxException("unexpected end of statement");
        }
        return tokens.get(pos++);
    }

    int position() {
        return pos;
    }

    /** Consumes the words in order if they all follow; otherwise consumes nothing. */
    boolean acceptWords(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (!peek(i).isWord(words[i])) {
                return false;
            }
        }
        pos += words.length;
        return true;
    }

    boolean acceptSymbol(String symbol) {
        if (peek().isSymbol(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    void expectWords(String... words) {
        if (!acceptWords(words)) {
            throw new DdlSyntaxException("expected " + String.join(" ", words) + " but found '" + peek().text() + "'");
        }
    }

    void expectSymbol(String symbol) {
        if (!acceptSymbol(symbol)) {
            throw new DdlSyntaxException("expected '" + symbol + "' but found '" + peek().text() + "'");
        }
    }

    boolean peekWords(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (!peek(i).isWord(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** An identifier as the database stores it (folded or unquoted). */
    String identifier() {
        SqlToken t = next();
        if (t.kind() == SqlToken.Kind.WORD || t.kind() == SqlToken.Kind.QUOTED) {
            return dialect.identifierFromSql(t.text());
        }
        if (dialect == Dialect.MYSQL && t.kind() == SqlToken.Kind.STRING && t.text().startsWith("'")) {
            return unquoteString(t.text());
        }
        throw new DdlSyntaxException("expected a name but found '" + t.text() + "'");
    }

    /** A dotted name; a three-part name keeps its last two parts (the catalog is irrelevant). */
    QualifiedName qualifiedName() {
        List<String> parts = new ArrayList<>();
        parts.add(identifier());
        while (peek().isSymbol(".") && peek(1).isIdentifier()) {
            pos++;
            parts.add(identifier());
        }
        int n = parts.size();
        return new QualifiedName(n >= 2 ? parts.get(n - 2) : null, parts.get(n - 1));
    }

    /** {@code (a, b DESC, c)}: the names only, consuming the parentheses. */
    List<String> parenthesizedNames() {
        expectSymbol("(");
        List<String> names = new ArrayList<>();
        if (acceptSymbol(")")) {
            return names;
        }
        do {
            names.add(identifier());
            skipUntilAtDepthZero(",", ")");
        } while (acceptSymbol(","));
        expectSymbol(")");
        return names;
    }

    /** Skips tokens (balancing parentheses) until one of {@code stops} at depth zero or the end. */
    void skipUntilAtDepthZero(String... stops) {
        int depth = 0;
        while (!atEnd()) {
            SqlToken t = peek();
            if (depth == 0 && isStop(t, stops)) {
                return;
            }
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                if (depth == 0) {
                    return;
                }
                depth--;
            }
            pos++;
        }
    }

    /**
     * Source text from the current token up to (not including) the first stop at depth zero: an
     * expression exactly as written. Stops are symbols or words.
     */
    String textUntil(String... stops) {
        int from = pos;
        skipUntilAtDepthZero(stops);
        return textBetween(from, pos);
    }

    /** The text inside a parenthesised group starting at the current '(' , which is consumed with its ')'. */
    String parenthesizedText() {
        expectSymbol("(");
        String inner = textUntil();
        expectSymbol(")");
        return inner;
    }

    /** Source text of tokens [from, to). */
    String textBetween(int from, int to) {
        if (from >= to || from >= tokens.size()) {
            return "";
        }
        int end = tokens.get(Math.min(to, tokens.size()) - 1).end();
        return sql.substring(tokens.get(from).start(), end).strip();
    }

    String rest() {
        return textBetween(pos, tokens.size());
    }

    void skipToEnd() {
        pos = tokens.size();
    }

    private static boolean isStop(SqlToken t, String[] stops) {
        for (String s : stops) {
            if (t.kind() == SqlToken.Kind.SYMBOL ? t.text().equals(s) : t.isWord(s)) {
                return true;
            }
        }
        return false;
    }

    /** The value of a string literal token, quotes and escapes removed. */
    static String unquoteString(String literal) {
        String s = literal;
        boolean backslash = false;
        if (s.length() > 1 && (s.charAt(0) == 'E' || s.charAt(0) == 'e' || s.charAt(0) == 'N' || s.charAt(0) == 'n')
                && s.charAt(1) == '\'') {
            backslash = s.charAt(0) == 'E' || s.charAt(0) == 'e';
            s = s.substring(1);
        }
        if (s.startsWith("$")) {
            int tagEnd = s.indexOf('$', 1) + 1;
            return s.length() >= 2 * tagEnd ? s.substring(tagEnd, s.length() - tagEnd) : s;
        }
        if (s.length() >= 2 && s.charAt(0) == '\'' && s.charAt(s.length() - 1) == '\'') {
            s = s.substring(1, s.length() - 1);
        }
        s = s.replace("''", "'");
        return backslash ? s.replace("\\\\", "\\").replace("\\'", "'").replace("\\n", "\n") : s;
    }
}

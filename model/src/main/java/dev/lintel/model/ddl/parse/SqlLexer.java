package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits one statement into tokens, skipping comments. Total on any input: an unterminated
 * string or comment simply runs to the end of the text, so fuzzed input never throws.
 */
final class SqlLexer {
    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|?";

    private final String sql;
    private final Dialect dialect;
    private int pos;

    private SqlLexer(String sql, Dialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
    }

    static List<SqlToken> tokenize(String sql, Dialect dialect) {
        return new SqlLexer(sql, dialect).run();
    }

    private List<SqlToken> run() {
        List<SqlToken> out = new ArrayList<>();
        int n = sql.length();
        while (pos < n) {
            char c = sql.charAt(pos);
            int start = pos;
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                pos++;
            } else if (c == '-' && peek(1) == '-' || c == '#' && dialect == Dialect.MYSQL) {
                skipLineComment();
            } else if (c == '/' && peek(1) == '*') {
                pos = SqlScanning.endOfBlockComment(sql, pos);
            } else if (c == '\'') {
                pos = SqlScanning.endOfQuoted(sql, pos, '\'', dialect == Dialect.MYSQL);
                out.add(token(SqlToken.Kind.STRING, start));
            } else if ((c == 'E' || c == 'e') && peek(1) == '\'') {
                pos = SqlScanning.endOfQuoted(sql, pos + 1, '\'', true);
                out.add(token(SqlToken.Kind.STRING, start));
            } else if ((c == 'N' || c == 'n' || c == 'X' || c == 'x' || c == 'B' || c == 'b') && peek(1) == '\'') {
                pos = SqlScanning.endOfQuoted(sql, pos + 1, '\'', dialect == Dialect.MYSQL);
                out.add(token(SqlToken.Kind.STRING, start));
            } else if (c == '"' || c == '`') {
                pos = SqlScanning.endOfQuoted(sql, pos, c, false);
                out.add(token(SqlToken.Kind.QUOTED, start));
            } else if (c == '$' && Character.isDigit(peek(1))) {
                pos++;
                while (pos < n && Character.isDigit(sql.charAt(pos))) {
                    pos++;
                }
                out.add(token(SqlToken.Kind.PARAMETER, start));
            } else if (c == '$' && SqlScanning.dollarTagEnd(sql, pos) > 0) {
                pos = SqlScanning.endOfDollarQuoted(sql, pos);
                out.add(token(SqlToken.Kind.STRING, start));
            } else if (Character.isDigit(c) || c == '.' && Character.isDigit(peek(1))) {
                lexNumber();
                out.add(token(SqlToken.Kind.NUMBER, start));
            } else if (isWordStart(c)) {
                while (pos < n && isWordPart(sql.charAt(pos))) {
                    pos++;
                }
                out.add(token(SqlToken.Kind.WORD, start));
            } else if (c == ':' && peek(1) == ':') {
                pos += 2;
                out.add(token(SqlToken.Kind.SYMBOL, start));
            } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
                while (pos < n && OPERATOR_CHARS.indexOf(sql.charAt(pos)) >= 0
                        && !(sql.charAt(pos) == '-' && peek(1) == '-')
                        && !(sql.charAt(pos) == '/' && peek(1) == '*')) {
                    pos++;
                }
                if (pos == start) {
                    pos++;
                }
                out.add(token(c == '?' && pos == start + 1 ? SqlToken.Kind.PARAMETER : SqlToken.Kind.SYMBOL, start));
            } else {
                pos++;
                out.add(token(SqlToken.Kind.SYMBOL, start));
            }
        }
        return out;
    }

    private void lexNumber() {
        int n = sql.length();
        while (pos < n && (Character.isDigit(sql.charAt(pos)) || sql.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < n && (sql.charAt(pos) == 'e' || sql.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < n && (sql.charAt(pos) == '+' || sql.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < n && Character.isDigit(sql.charAt(pos))) {
                while (pos < n && Character.isDigit(sql.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
    }

    private void skipLineComment() {
        while (pos < sql.length() && sql.charAt(pos) != '\n') {
            pos++;
        }
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < sql.length() ? sql.charAt(i) : '\0';
    }

    private SqlToken token(SqlToken.Kind kind, int start) {
        return new SqlToken(kind, sql.substring(start, pos), start, pos);
    }

    static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}

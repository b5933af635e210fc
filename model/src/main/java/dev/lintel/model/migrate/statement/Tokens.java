package dev.lintel.model.migrate.statement;

import dev.lintel.model.ddl.parse.SqlScript;
import dev.lintel.model.ddl.parse.SqlScript.Token;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/**
 * A read position over a statement's tokens (from the importer's lexer). Reads never throw past
 * the end: they return an empty token, so a truncated statement is read as far as it goes.
 */
final class Tokens {
    private static final Token EOF = new Token(Token.Kind.SYMBOL, "", Integer.MAX_VALUE, Integer.MAX_VALUE);

    private final String sql;
    private final List<Token> tokens;
    private int pos;

    Tokens(String sql) {
        this(sql, SqlScript.tokens(sql, Dialect.POSTGRES));
    }

    private Tokens(String sql, List<Token> tokens) {
        this.sql = sql;
        this.tokens = tokens;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        int i = pos + ahead;
        return i < tokens.size() ? tokens.get(i) : EOF;
    }

    Token next() {
        Token t = peek();
        if (pos < tokens.size()) {
            pos++;
        }
        return t;
    }

    /** Consumes the words in order when all of them are next, case-insensitively. */
    boolean accept(String... words) {
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

    boolean nextIs(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (!peek(i).isWord(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** An identifier as PostgreSQL stores it; null when the next token is not one. */
    String identifier() {
        Token t = peek();
        if (!t.isIdentifier()) {
            return null;
        }
        pos++;
        return Dialect.POSTGRES.identifierFromSql(t.text());
    }

    /** A dotted name qualified with {@code public} when unqualified; null when none is next. */
    QualifiedName qualifiedName() {
        String first = identifier();
        if (first == null) {
            return null;
        }
        List<String> parts = new ArrayList<>(List.of(first));
        while (peek().isSymbol(".") && peek(1).isIdentifier()) {
            pos++;
            parts.add(identifier());
        }
        int n = parts.size();
        return new QualifiedName(n >= 2 ? parts.get(n - 2) : Dialect.POSTGRES.defaultSchema(), parts.get(n - 1));
    }

    /** Comma-separated qualified names (DROP TABLE a, b). */
    List<QualifiedName> nameList() {
        List<QualifiedName> names = new ArrayList<>();
        do {
            acceptSymbol("*");
            QualifiedName n = qualifiedName();
            if (n == null) {
                break;
            }
            names.add(n);
            acceptSymbol("*");
        } while (acceptSymbol(","));
        return names;
    }

    /** {@code (a, b DESC)}: the leading identifier of each element, consuming the parentheses. */
    List<String> parenthesizedNames() {
        List<String> names = new ArrayList<>();
        if (!acceptSymbol("(")) {
            return names;
        }
        int depth = 1;
        boolean elementStart = true;
        while (!atEnd() && depth > 0) {
            Token t = next();
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 1 && t.isSymbol(",")) {
                elementStart = true;
                continue;
            } else if (elementStart && depth == 1 && t.isIdentifier()) {
                names.add(Dialect.POSTGRES.identifierFromSql(t.text()));
            }
            elementStart = false;
        }
        return names;
    }

    /** Skips a balanced parenthesized group when one is next; returns its inner text. */
    String skipParenthesized() {
        if (!peek().isSymbol("(")) {
            return null;
        }
        int start = peek().end();
        int depth = 0;
        while (!atEnd()) {
            Token t = next();
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")") && --depth == 0) {
                return sql.substring(start, t.start()).strip();
            }
        }
        return sql.substring(Math.min(start, sql.length())).strip();
    }

    /** The tokens from here to the end, split at top-level commas (ALTER TABLE's subcommands). */
    List<Tokens> splitTopLevel() {
        List<Tokens> parts = new ArrayList<>();
        List<Token> cur = new ArrayList<>();
        int depth = 0;
        while (!atEnd()) {
            Token t = next();
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            }
            if (depth == 0 && t.isSymbol(",")) {
                parts.add(new Tokens(sql, cur));
                cur = new ArrayList<>();
            } else {
                cur.add(t);
            }
        }
        if (!cur.isEmpty()) {
            parts.add(new Tokens(sql, cur));
        }
        return parts;
    }

    /** Source text from the current token up to (not including) the first top-level word of {@code stops}. */
    String textUntil(java.util.Set<String> stops) {
        if (atEnd()) {
            return null;
        }
        int start = peek().start();
        int end = start;
        int depth = 0;
        while (!atEnd()) {
            Token t = peek();
            if (depth == 0 && (t.kind() == Token.Kind.WORD && stops.contains(t.text().toUpperCase(java.util.Locale.ROOT))
                    || t.isSymbol(","))) {
                break;
            }
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            }
            end = t.end();
            pos++;
        }
        return end > start ? sql.substring(start, end).strip() : null;
    }

    /** Whether the word appears anywhere from here on (at any depth). */
    boolean containsWord(String word) {
        for (int i = pos; i < tokens.size(); i++) {
            if (tokens.get(i).isWord(word)) {
                return true;
            }
        }
        return false;
    }

    /** The statement text after a token of this statement. */
    String textAfter(Token t) {
        return sql.substring(Math.min(t.end(), sql.length()));
    }

    /** The remaining tokens (for scanning function calls in an expression). */
    List<Token> rest() {
        return tokens.subList(Math.min(pos, tokens.size()), tokens.size());
    }
}

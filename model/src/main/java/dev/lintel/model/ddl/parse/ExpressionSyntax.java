package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.IndexKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads what a user types into the inspector's expression fields (a CHECK, an index's key list or
 * WHERE predicate, a list of column names) with the lexer and key reader the DDL importer uses, so
 * that what the editor accepts is what an import of the written DDL gives back. It is not a full
 * expression grammar: it catches what a person mistypes (unclosed quotes and parentheses, a
 * dangling operator, two expressions where one belongs) without refusing the dialect's own syntax.
 */
public final class ExpressionSyntax {
    // Words that need an operand after them; an expression cannot end (or, for the first few, start) there.
    private static final Set<String> BINARY_WORDS = Set.of("AND", "OR", "LIKE", "ILIKE", "IN", "IS", "BETWEEN", "NOT");
    private static final Set<String> LEADING_BINARY_WORDS = Set.of("AND", "OR", "LIKE", "ILIKE", "IN", "IS", "BETWEEN");

    private ExpressionSyntax() {
    }

    /** Index keys as read, or the reason the text is not a key list. */
    public record Keys(List<IndexKey> keys, String error) {
    }

    /** Plain names as the database stores them, or the reason the text is not a list of names. */
    public record Names(List<String> names, String error) {
    }

    /** Null when {@code text} reads as one SQL expression; otherwise what is wrong with it. */
    public static String expressionError(String text, Dialect dialect) {
        if (text == null || text.isBlank()) {
            return "An expression is required";
        }
        List<SqlToken> tokens = SqlLexer.tokenize(text, dialect);
        if (tokens.isEmpty()) {
            return "An expression is required";
        }
        int depth = 0;
        for (SqlToken t : tokens) {
            int quote = t.text().indexOf('\'');
            if (t.kind() == SqlToken.Kind.STRING && quote >= 0 && (quote == t.text().length() - 1 || !t.text().endsWith("'"))) {
                return "The string " + t.text() + " is not closed with '";
            }
            if (t.kind() == SqlToken.Kind.QUOTED && (t.text().length() < 2 || t.text().charAt(t.text().length() - 1) != t.text().charAt(0))) {
                return "The name " + t.text() + " is not closed with " + t.text().charAt(0);
            }
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                if (--depth < 0) {
                    return "Unexpected '" + t.text() + "': no '(' opens it";
                }
            } else if (depth == 0 && t.isSymbol(";")) {
                return "One expression only: remove the ';'";
            } else if (depth == 0 && t.isSymbol(",")) {
                return "One expression only: a ',' separates two";
            }
        }
        if (depth > 0) {
            return "Missing ')'";
        }
        SqlToken first = tokens.get(0);
        if (first.kind() == SqlToken.Kind.WORD && LEADING_BINARY_WORDS.contains(first.upper())
                || first.kind() == SqlToken.Kind.SYMBOL && isBinarySymbol(first) && !first.isSymbol("-")) {
            return "The expression starts with '" + first.text() + "': an operand must come before it";
        }
        SqlToken last = tokens.get(tokens.size() - 1);
        if (last.kind() == SqlToken.Kind.WORD && BINARY_WORDS.contains(last.upper())
                || last.kind() == SqlToken.Kind.SYMBOL && (isBinarySymbol(last) || last.isSymbol("::") || last.isSymbol("."))) {
            return "The expression ends after '" + last.text() + "': an operand must follow it";
        }
        return null;
    }

    /** {@code a, lower(b), (c + d) DESC}: the keys of an index, each expression checked as one. */
    public static Keys indexKeys(String text, Dialect dialect) {
        if (text == null || text.isBlank()) {
            return new Keys(List.of(), "An index needs a column or an expression");
        }
        try {
            TokenCursor in = new TokenCursor("(" + text + ")", dialect);
            List<IndexKey> keys = IndexReader.readKeys(in);
            if (!in.atEnd()) {
                return new Keys(List.of(), "Unexpected '" + in.peek().text() + "' after the keys");
            }
            for (IndexKey key : keys) {
                String error = key.isColumn() ? null : expressionError(key.expression(), dialect);
                if (key.expression() != null && key.expression().isBlank()) {
                    error = "An empty key: remove the extra ','";
                }
                if (error != null) {
                    return new Keys(List.of(), error);
                }
            }
            return new Keys(keys, null);
        } catch (DdlSyntaxException e) {
            return new Keys(List.of(), capitalized(e.getMessage().replace("found ''", "the text ends there")));
        }
    }

    /** {@code a, b}: plain column names, comma-separated; blank is the empty list. */
    public static Names names(String text, Dialect dialect) {
        if (text == null || text.isBlank()) {
            return new Names(List.of(), null);
        }
        try {
            TokenCursor in = new TokenCursor(text, dialect);
            List<String> names = new ArrayList<>();
            do {
                names.add(in.identifier());
            } while (in.acceptSymbol(","));
            if (!in.atEnd()) {
                return new Names(List.of(), "Expected ',' between names but found '" + in.peek().text() + "'");
            }
            return new Names(names, null);
        } catch (DdlSyntaxException e) {
            return new Names(List.of(), capitalized(e.getMessage().replace("found ''", "the list ends there")));
        }
    }

    private static boolean isBinarySymbol(SqlToken t) {
        return t.kind() == SqlToken.Kind.SYMBOL && !t.text().isEmpty() && "+-*/<>=~!@#%^&|".indexOf(t.text().charAt(0)) >= 0;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package dev.lintel.model.ddl.parse;

import java.util.Locale;

/**
 * One lexical token of a statement. {@code start}/{@code end} are offsets into the statement
 * text, so that expressions can be sliced out exactly as written.
 */
record SqlToken(Kind kind, String text, int start, int end) {

    enum Kind {
        /** An unquoted identifier or keyword. */
        WORD,
        /** A double-quoted or backtick-quoted identifier, quotes included in {@code text}. */
        QUOTED,
        /** A string literal of any form ('', E'', N'', X'', $$ $$), quotes included. */
        STRING,
        NUMBER,
        /** Punctuation or an operator: ( ) , ; . :: = and the like. */
        SYMBOL,
        /** A positional parameter ($1) or a bind marker (?). */
        PARAMETER
    }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    boolean isAnyWord(String... words) {
        if (kind != Kind.WORD) {
            return false;
        }
        for (String w : words) {
            if (text.equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isIdentifier() {
        return kind == Kind.WORD || kind == Kind.QUOTED;
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}

package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.DataType;
import java.util.List;

/**
 * A script cut into statements, for callers that work statement by statement (migration review,
 * benchmarks) and must cut exactly where the importer does.
 */
public final class SqlScript {
    /** One statement: its text without the delimiter and where it starts (1-based line and column). */
    public record Statement(String text, int line, int column) {
    }

    /**
     * One lexical token of a statement, as the importer's own lexer sees it (comments dropped,
     * strings and dollar quotes whole). Offsets index the statement text.
     */
    public record Token(Kind kind, String text, int start, int end) {
        public enum Kind { WORD, QUOTED, STRING, NUMBER, SYMBOL, PARAMETER }

        public boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        public boolean isSymbol(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        public boolean isIdentifier() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }
    }

    private SqlScript() {
    }

    /** The tokens of one statement, cut exactly as the importer cuts them; total on any input. */
    public static List<Token> tokens(String statement, Dialect dialect) {
        return SqlLexer.tokenize(statement, dialect).stream()
                .map(t -> new Token(Token.Kind.valueOf(t.kind().name()), t.text(), t.start(), t.end()))
                .toList();
    }

    /**
     * A type as written ({@code varchar(255)}, {@code numeric(10, 2)}, {@code timestamp with time
     * zone}) read into the model's canonical form, or null when it is not a type the importer
     * reads. Names that are not built-in come back as unknown user types.
     */
    public static DataType parseType(String typeText, Dialect dialect) {
        try {
            TokenCursor in = new TokenCursor(typeText, dialect);
            return in.atEnd() ? null : DataTypeReader.read(in, new SchemaBuilder(dialect, null));
        } catch (RuntimeException e) {
            return null;
        }
    }

    public static List<Statement> split(String text, Dialect dialect) {
        String unwrapped = dialect == Dialect.MYSQL ? MySqlVersionComments.unwrap(text) : text;
        return StatementSplitter.split(unwrapped, dialect).stream()
                .map(s -> new Statement(s.text(), s.line(), s.column()))
                .toList();
    }
}

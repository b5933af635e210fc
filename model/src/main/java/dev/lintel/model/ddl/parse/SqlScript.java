package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import java.util.List;

/**
 * A script cut into statements, for callers that work statement by statement (migration review,
 * benchmarks) and must cut exactly where the importer does.
 */
public final class SqlScript {
    /** One statement: its text without the delimiter and where it starts (1-based line and column). */
    public record Statement(String text, int line, int column) {
    }

    private SqlScript() {
    }

    public static List<Statement> split(String text, Dialect dialect) {
        String unwrapped = dialect == Dialect.MYSQL ? MySqlVersionComments.unwrap(text) : text;
        return StatementSplitter.split(unwrapped, dialect).stream()
                .map(s -> new Statement(s.text(), s.line(), s.column()))
                .toList();
    }
}

package dev.lintel.model.ddl.render;

import dev.lintel.model.dialect.Dialect;
import java.util.List;
import java.util.function.Function;

/** Literal and list spelling shared by the renderers; identifier quoting is {@link RenderContext}'s job. */
final class SqlText {
    private SqlText() {
    }

    /**
     * A string literal. PostgreSQL (standard_conforming_strings, the default since 9.1) and H2 only
     * double the quote; MySQL also treats backslash as an escape unless NO_BACKSLASH_ESCAPES is set.
     */
    static String literal(String value, Dialect dialect) {
        String escaped = value.replace("'", "''");
        if (dialect == Dialect.MYSQL) {
            escaped = escaped.replace("\\", "\\\\");
        }
        return "'" + escaped + "'";
    }

    static <T> String join(List<T> items, Function<T, String> spell) {
        StringBuilder sb = new StringBuilder();
        for (T item : items) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(spell.apply(item));
        }
        return sb.toString();
    }

    /** Wraps an expression stored without its outer parentheses (model convention) in one pair. */
    static String parenthesized(String expression) {
        return "(" + expression.strip() + ")";
    }

    /** Prefixes each line with {@code -- } so a statement the target cannot run stays readable. */
    static String commentedOut(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append("-- ").append(line);
        }
        return sb.toString();
    }

    /** Strips trailing blanks; a script line comment must never swallow the terminating semicolon. */
    static String terminated(String sql) {
        String body = sql.stripTrailing();
        while (body.endsWith(";")) {
            body = body.substring(0, body.length() - 1).stripTrailing();
        }
        int lastLine = body.lastIndexOf('\n');
        String tail = body.substring(lastLine + 1);
        return tail.contains("--") ? body + "\n;" : body + ";";
    }
}

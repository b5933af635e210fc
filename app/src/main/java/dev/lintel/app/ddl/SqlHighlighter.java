package dev.lintel.app.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds keywords, strings, quoted identifiers, comments and numbers in DDL for colouring. A
 * lexical pass, not a parser: good enough for text Lintel wrote itself. Pure and thread-safe, so
 * the spans are computed on the worker together with the text.
 */
public final class SqlHighlighter {
    private static final Set<String> KEYWORDS = Set.of(
            "ADD", "ALTER", "ALWAYS", "AS", "ASC", "BY", "CASCADE", "CHECK", "COLLATE", "COLUMN", "COMMENT",
            "CONCURRENTLY", "CONSTRAINT", "CREATE", "DEFAULT", "DEFERRABLE", "DEFERRED", "DELETE", "DESC", "DOMAIN",
            "DROP", "ENUM", "EXISTS", "EXTENSION", "FOREIGN", "FROM", "GENERATED", "IDENTITY", "IF", "IMMEDIATE",
            "IN", "INCLUDE", "INDEX", "INITIALLY", "IS", "KEY", "MATERIALIZED", "NO", "NOT", "NULL", "ON", "OR",
            "OWNED", "PARTITION", "PRIMARY", "REFERENCES", "REPLACE", "RESTRICT", "SCHEMA", "SELECT", "SEQUENCE",
            "SET", "STORED", "TABLE", "TYPE", "UNIQUE", "UPDATE", "USING", "VALID", "VIEW", "WHERE", "WITH",
            "AND", "ACTION", "AUTO_INCREMENT", "ENGINE", "OF", "FOR", "VALUES", "INHERITS", "WITHOUT", "TIME",
            "ZONE", "START", "INCREMENT", "MINVALUE", "MAXVALUE", "CACHE", "CYCLE", "TRUE", "FALSE", "JOIN",
            "LEFT", "INNER", "GROUP", "ORDER", "HAVING", "LIMIT", "UNION", "ALL", "DISTINCT", "CASE", "WHEN",
            "THEN", "ELSE", "END");

    private static final Pattern TOKENS = Pattern.compile(
            "(?<comment>--[^\\n]*|/\\*(?s:.*?)\\*/)"
                    + "|(?<string>'(?:[^']|'')*')"
                    + "|(?<quoted>\"(?:[^\"]|\"\")*\"|`[^`]*`)"
                    + "|(?<number>\\b\\d+(?:\\.\\d+)?\\b)"
                    + "|(?<word>\\b[A-Za-z_][A-Za-z0-9_]*\\b)");

    private SqlHighlighter() {
    }

    /** Non-overlapping spans in text order; text between spans has no style. */
    public static List<HighlightSpan> highlight(String sql) {
        List<HighlightSpan> spans = new ArrayList<>();
        Matcher m = TOKENS.matcher(sql);
        while (m.find()) {
            String style;
            if (m.group("comment") != null) {
                style = "comment";
            } else if (m.group("string") != null) {
                style = "string";
            } else if (m.group("quoted") != null) {
                style = "identifier";
            } else if (m.group("number") != null) {
                style = "number";
            } else if (KEYWORDS.contains(m.group("word").toUpperCase(Locale.ROOT))) {
                style = "keyword";
            } else {
                continue;
            }
            spans.add(new HighlightSpan(m.start(), m.end() - m.start(), style));
        }
        return List.copyOf(spans);
    }
}

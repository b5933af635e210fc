package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cuts a script into statements without parsing it: it knows enough lexis (strings, quoted
 * identifiers, dollar quotes, comments) to find the real delimiters, honours MySQL
 * {@code DELIMITER} changes and {@code BEGIN ... END} bodies, turns psql meta-command lines into
 * statements of their own, and skips {@code COPY ... FROM stdin} data.
 */
final class StatementSplitter {
    /** A routine or trigger whose body may hold semicolons between BEGIN and END. */
    private static final Pattern COMPOUND_HEAD = Pattern.compile(
            "(?is)\\s*CREATE\\s+(OR\\s+REPLACE\\s+)?(DEFINER\\s*=\\s*\\S+\\s+)?"
                    + "(AGGREGATE\\s+)?(FUNCTION|PROCEDURE|TRIGGER|EVENT)\\b.*");
    private static final Pattern COPY_FROM_STDIN = Pattern.compile("(?is)COPY\\b.*\\bFROM\\s+stdin\\b.*");
    private static final Pattern END_CONTINUATION = Pattern.compile("(?i)IF|LOOP|WHILE|REPEAT|FOR");

    private final String text;
    private final Dialect dialect;
    private final LineIndex lines;
    private final List<RawStatement> out = new ArrayList<>();
    private String delimiter = ";";
    private int statementStart = -1;
    private int blockDepth;

    private StatementSplitter(String text, Dialect dialect) {
        this.text = text;
        this.dialect = dialect;
        this.lines = new LineIndex(text);
    }

    /** The statements of {@code text}; MySQL version comments ({@code /*!50001 ... *}{@code /}) must already be unwrapped. */
    static List<RawStatement> split(String text, Dialect dialect) {
        return new StatementSplitter(text, dialect).run();
    }

    private List<RawStatement> run() {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (statementStart < 0 && c == '\\') {
                i = emitLine(i);
            } else if (statementStart < 0 && startsWithWord(i, "DELIMITER")) {
                int eol = endOfLine(i);
                String newDelimiter = text.substring(i + "DELIMITER".length(), eol).trim();
                if (!newDelimiter.isEmpty()) {
                    delimiter = newDelimiter;
                }
                i = eol;
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (c == '-' && at(i + 1) == '-' || c == '#' && dialect == Dialect.MYSQL) {
                i = endOfLine(i);
            } else if (c == '/' && at(i + 1) == '*') {
                i = SqlScanning.endOfBlockComment(text, i);
            } else if (blockDepth == 0 && text.startsWith(delimiter, i)) {
                i = emit(i) + delimiter.length();
                i = skipCopyData(i);
            } else {
                if (statementStart < 0) {
                    statementStart = i;
                }
                i = skipToken(i, c);
            }
        }
        if (statementStart >= 0) {
            emit(n);
        }
        return out;
    }

    private int skipToken(int i, char c) {
        if (c == '\'') {
            return SqlScanning.endOfQuoted(text, i, '\'', dialect == Dialect.MYSQL);
        }
        if ((c == 'E' || c == 'e') && at(i + 1) == '\'' && !SqlLexer.isWordPart(at(i - 1))) {
            return SqlScanning.endOfQuoted(text, i + 1, '\'', true);
        }
        if (c == '"' || c == '`') {
            return SqlScanning.endOfQuoted(text, i, c, false);
        }
        if (c == '$' && dialect != Dialect.MYSQL && !SqlLexer.isWordPart(at(i - 1)) && SqlScanning.dollarTagEnd(text, i) > 0) {
            return SqlScanning.endOfDollarQuoted(text, i);
        }
        if (SqlLexer.isWordStart(c)) {
            int end = i;
            while (end < text.length() && SqlLexer.isWordPart(text.charAt(end))) {
                end++;
            }
            trackBlocks(text.substring(i, end).toUpperCase(Locale.ROOT), end);
            return end;
        }
        return i + 1;
    }

    /** BEGIN/CASE open and END closes a block, but only inside a routine body where semicolons are not delimiters. */
    private void trackBlocks(String word, int after) {
        switch (word) {
            case "BEGIN" -> {
                if (blockDepth > 0 || isCompoundHead()) {
                    blockDepth++;
                }
            }
            case "CASE" -> {
                if (blockDepth > 0) {
                    blockDepth++;
                }
            }
            case "END" -> {
                if (blockDepth > 0 && !END_CONTINUATION.matcher(nextWord(after)).matches()) {
                    blockDepth--;
                }
            }
            default -> {
            }
        }
    }

    private boolean isCompoundHead() {
        if (statementStart < 0 || !";".equals(delimiter)) {
            return false;
        }
        String head = text.substring(statementStart, Math.min(text.length(), statementStart + 400));
        return COMPOUND_HEAD.matcher(head).matches();
    }

    private String nextWord(int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < text.length() && SqlLexer.isWordPart(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }

    private int emit(int end) {
        if (statementStart >= 0) {
            String body = text.substring(statementStart, end).stripTrailing();
            if (!body.isEmpty()) {
                out.add(new RawStatement(body, lines.line(statementStart), lines.column(statementStart)));
            }
        }
        statementStart = -1;
        blockDepth = 0;
        return end;
    }

    private int emitLine(int i) {
        int eol = endOfLine(i);
        statementStart = i;
        emit(eol);
        return eol;
    }

    /** After {@code COPY ... FROM stdin;} the data runs up to a line holding just {@code \.}. */
    private int skipCopyData(int i) {
        if (out.isEmpty() || !COPY_FROM_STDIN.matcher(out.get(out.size() - 1).text()).matches()) {
            return i;
        }
        int lineStart = endOfLine(i) + 1;
        while (lineStart < text.length()) {
            int eol = endOfLine(lineStart);
            if (text.substring(lineStart, eol).strip().equals("\\.")) {
                return eol;
            }
            lineStart = eol + 1;
        }
        return text.length();
    }

    private boolean startsWithWord(int i, String word) {
        return text.regionMatches(true, i, word, 0, word.length())
                && (i + word.length() >= text.length() || Character.isWhitespace(text.charAt(i + word.length())));
    }

    private int endOfLine(int i) {
        int eol = text.indexOf('\n', i);
        return eol < 0 ? text.length() : eol;
    }

    private char at(int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : '\0';
    }
}

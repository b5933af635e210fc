package dev.lintel.model.lint;

import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.SourceLocation;
import dev.lintel.model.schema.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Waivers written in SQL files: {@code -- lintel:ignore <rule-id>[,<rule-id>...] <reason>} on the
 * line before a statement, or on a line of the statement itself, waives those rules for every
 * object the statement defines (the objects the import's {@link SourceMap} places on the
 * statement's first line). Parsed here rather than in the importer: it is a lint concern.
 */
public final class InlineWaivers {
    /** Author recorded on waivers that come from comments. */
    public static final String AUTHOR = "inline";

    private static final Pattern DIRECTIVE = Pattern.compile("--\\s*lintel:ignore\\s+([a-z0-9,\\-]+)\\s*(.*)$");

    /** One comment and the waivers it produced, so that staleness is judged per comment, not per object. */
    public record Directive(int line, List<String> ruleIds, String reason, List<Waiver> waivers) {
        public Directive {
            ruleIds = List.copyOf(ruleIds);
            waivers = List.copyOf(waivers);
        }

        /** True when none of its waivers accepted a finding (and it names no unknown rule silently). */
        public boolean isStaleIn(LintResult result) {
            return result.waived().stream().noneMatch(f -> waivers.contains(f.waiver()));
        }
    }

    private InlineWaivers() {
    }

    /** Every waiver the comments of {@code sqlText} declare. */
    public static List<Waiver> parse(String sqlText, SourceMap sources) {
        return directives(sqlText, sources).stream().flatMap(d -> d.waivers().stream()).toList();
    }

    public static List<Directive> directives(String sqlText, SourceMap sources) {
        List<int[]> statements = statementSpans(sqlText);
        List<Directive> out = new ArrayList<>();
        String[] lines = sqlText.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = DIRECTIVE.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            int line = i + 1;
            int start = statementFor(statements, line);
            List<String> rules = List.of(m.group(1).split(","));
            String reason = m.group(2).strip();
            List<Waiver> waivers = new ArrayList<>();
            if (start > 0) {
                for (Map.Entry<String, SourceLocation> e : sources.asMap().entrySet()) {
                    if (e.getValue().line() == start) {
                        ObjectPath path = ObjectPath.parse(e.getKey());
                        for (String rule : rules) {
                            waivers.add(new Waiver(rule, path, reason.isEmpty() ? "(no reason given)" : reason, AUTHOR, null));
                        }
                    }
                }
            }
            out.add(new Directive(line, rules, reason, waivers));
        }
        return out;
    }

    /** The first line of the statement a directive on {@code line} belongs to: the one spanning it, else the next. */
    private static int statementFor(List<int[]> spans, int line) {
        for (int[] s : spans) {
            if (s[0] <= line && line <= s[1] || s[0] > line) {
                return s[0];
            }
        }
        return -1;
    }

    /**
     * [first line, last line] of each statement: from its first code character to its semicolon,
     * skipping comments, quoted strings and identifiers, and dollar-quoted bodies.
     */
    static List<int[]> statementSpans(String sql) {
        List<int[]> spans = new ArrayList<>();
        int line = 1;
        int start = -1;
        int n = sql.length();
        for (int i = 0; i < n; i++) {
            char c = sql.charAt(i);
            if (c == '\n') {
                line++;
                continue;
            }
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i + 1 < n && sql.charAt(i + 1) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n - 1 : end + 1;
                line += count(sql, i, end);
                i = end;
                continue;
            }
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (start < 0) {
                start = line;
            }
            if (c == ';') {
                spans.add(new int[] {start, line});
                start = -1;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = i + 1;
                while (end < n && !(sql.charAt(end) == c && (end + 1 >= n || sql.charAt(end + 1) != c))) {
                    end += sql.charAt(end) == c ? 2 : 1;
                }
                end = Math.min(end, n - 1);
                line += count(sql, i, end);
                i = end;
            } else if (c == '$') {
                Matcher tag = Pattern.compile("\\$[A-Za-z_0-9]*\\$").matcher(sql).region(i, n);
                if (tag.lookingAt()) {
                    int end = sql.indexOf(tag.group(), tag.end());
                    end = end < 0 ? n - 1 : end + tag.group().length() - 1;
                    line += count(sql, i, end);
                    i = end;
                }
            }
        }
        if (start > 0) {
            spans.add(new int[] {start, line});
        }
        return spans;
    }

    private static int count(String s, int from, int to) {
        int k = 0;
        for (int i = from; i <= to && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                k++;
            }
        }
        return k;
    }
}

package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.Scope;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.TableRule;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A repeating group flattened into columns: {@code phone1}, {@code phone2}, {@code phone3} (same
 * prefix, consecutive numbers, same type). A fourth phone needs a schema change and queries must
 * look in every column; a child table holds any number.
 */
public final class IncrementingColumns extends TableRule {
    public IncrementingColumns() {
        super("design-incrementing-columns", Category.MODELLING, Severity.INFO, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        Map<String, TreeMap<Integer, Column>> groups = new LinkedHashMap<>();
        for (Column c : table.columns()) {
            String name = c.name();
            int digits = trailingDigits(name);
            if (digits > 0 && digits <= 2) {
                int stemEnd = name.length() - digits;
                if (name.charAt(stemEnd - 1) == '_') {
                    stemEnd--;
                }
                if (stemEnd > 0 && isAsciiLetter(name.charAt(stemEnd - 1)) && noLineBreak(name, stemEnd)) {
                    groups.computeIfAbsent(name.substring(0, stemEnd).toLowerCase(java.util.Locale.ROOT), k -> new TreeMap<>())
                            .put(Integer.parseInt(name, name.length() - digits, name.length(), 10), c);
                }
            }
        }
        for (Map.Entry<String, TreeMap<Integer, Column>> g : groups.entrySet()) {
            List<Column> run = longestConsecutiveRunOfOneType(g.getValue());
            if (run.size() >= 2) {
                out.report(ObjectPath.column(table.name(), run.get(0).name()), "Columns " + String.join(", ",
                        run.stream().map(Column::name).toList()) + " of " + table.name()
                        + " repeat one attribute by number; a child table holds any number of them.");
            }
        }
    }

    // A char scan for what the pattern (.*?[A-Za-z])_?(\d+) matched: this runs on every column of
    // every table, and the lazy pattern backtracked over the whole name for each candidate split.

    /** Length of the run of ASCII digits the name ends with, when something precedes it (else 0). */
    private static int trailingDigits(String name) {
        int i = name.length();
        while (i > 0 && name.charAt(i - 1) >= '0' && name.charAt(i - 1) <= '9') {
            i--;
        }
        return i == 0 ? 0 : name.length() - i;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The stem the pattern's '.' can match: no line terminator. */
    private static boolean noLineBreak(String name, int end) {
        for (int i = 0; i < end; i++) {
            char c = name.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** The longest run of consecutive numbers whose columns share one type (the first of equally long ones). */
    private static List<Column> longestConsecutiveRunOfOneType(TreeMap<Integer, Column> numbered) {
        List<Column> ordered = new ArrayList<>(numbered.values());
        int bestStart = 0;
        int bestLength = 0;
        int runStart = 0;
        int i = 0;
        Map.Entry<Integer, Column> previous = null;
        for (Map.Entry<Integer, Column> e : numbered.entrySet()) {
            boolean continues = previous != null && e.getKey() == previous.getKey() + 1
                    && previous.getValue().type().equals(e.getValue().type());
            if (!continues) {
                runStart = i;
            }
            if (i - runStart + 1 > bestLength) {
                bestStart = runStart;
                bestLength = i - runStart + 1;
            }
            previous = e;
            i++;
        }
        return ordered.subList(bestStart, bestStart + bestLength);
    }
}

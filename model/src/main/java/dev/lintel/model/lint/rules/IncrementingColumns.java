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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repeating group flattened into columns: {@code phone1}, {@code phone2}, {@code phone3} (same
 * prefix, consecutive numbers, same type). A fourth phone needs a schema change and queries must
 * look in every column; a child table holds any number.
 */
public final class IncrementingColumns extends TableRule {
    private static final Pattern NUMBERED = Pattern.compile("(.*?[A-Za-z])_?(\\d+)");

    public IncrementingColumns() {
        super("design-incrementing-columns", Category.MODELLING, Severity.INFO, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        Map<String, TreeMap<Integer, Column>> groups = new LinkedHashMap<>();
        for (Column c : table.columns()) {
            Matcher m = NUMBERED.matcher(c.name());
            if (m.matches() && m.group(2).length() <= 2) {
                groups.computeIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), k -> new TreeMap<>())
                        .put(Integer.parseInt(m.group(2)), c);
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

    private static List<Column> longestConsecutiveRunOfOneType(TreeMap<Integer, Column> numbered) {
        List<Column> best = List.of();
        List<Column> run = new ArrayList<>();
        Integer previous = null;
        for (Map.Entry<Integer, Column> e : numbered.entrySet()) {
            boolean continues = previous != null && e.getKey() == previous + 1
                    && run.get(run.size() - 1).type().equals(e.getValue().type());
            if (!continues) {
                run = new ArrayList<>();
            }
            run.add(e.getValue());
            previous = e.getKey();
            if (run.size() > best.size()) {
                best = List.copyOf(run);
            }
        }
        return best;
    }
}

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A polymorphic association: {@code <x>_id} beside {@code <x>_type} (or kind, class, table, model)
 * with no foreign key on the id, so the id points into whichever table the type names and the
 * database cannot check any of it (Rails {@code commentable_id}/{@code commentable_type}).
 */
public final class PolymorphicAssociation extends TableRule {
    private static final Set<String> DISCRIMINATORS = Set.of("type", "kind", "class", "table", "model", "entity");

    public PolymorphicAssociation() {
        super("design-polymorphic-association", Category.KEYS, Severity.WARNING, Scope.TABLE);
    }

    @Override
    public boolean heuristic() {
        return true;
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        // stem words -> id column and discriminator column of the same stem
        Map<String, String> ids = new TreeMap<>();
        Map<String, String> types = new TreeMap<>();
        for (Column c : table.columns()) {
            List<String> w = ReferenceNames.words(c.name());
            if (w.size() < 2) {
                continue;
            }
            String last = w.get(w.size() - 1);
            if (last.equals("id")) {
                ids.put(stem(w), c.name());
            } else if (DISCRIMINATORS.contains(last)) {
                types.putIfAbsent(stem(w), c.name());
            }
        }
        if (types.isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> e : ids.entrySet()) {
            String type = types.get(e.getKey());
            String id = e.getValue();
            if (type == null || table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(id))) {
                continue;
            }
            out.reportGuess(0.8, ObjectPath.column(table.name(), id), "Columns " + table.name() + "." + id + " and " + type
                    + " form a polymorphic association: " + id + " points into whichever table " + type
                    + " names, so no foreign key can protect it.");
        }
    }

    private static String stem(List<String> words) {
        return String.join("_", words.subList(0, words.size() - 1));
    }
}

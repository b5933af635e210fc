package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.Fix;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.Scope;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.TableRule;
import dev.lintel.model.lint.fix.SchemaEdit;
import dev.lintel.model.schema.*;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Two indexes identical in method, keys (with their opclasses, collations and order), INCLUDE,
 * predicate and uniqueness: one is pure write cost. Keeps the constraint-backed or unique one, else
 * the first by name, and reports only the others (catalog 3.7: never both of a pair).
 */
public final class DuplicateIndex extends TableRule {
    public DuplicateIndex() {
        super("design-duplicate-index", Category.INDEXES, Severity.WARNING, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        List<IndexShape> kept = new ArrayList<>();
        // The primary key is left to design-index-duplicates-pk.
        table.uniqueConstraints().forEach(u -> kept.add(IndexShape.of(u)));
        List<Index> indexes = table.indexes().stream()
                .sorted(Comparator.comparing((Index i) -> !i.unique()).thenComparing(Index::name)).toList();
        for (Index i : indexes) {
            IndexShape s = IndexShape.of(i);
            IndexShape same = kept.stream().filter(k -> identical(k, s)).findFirst().orElse(null);
            if (same == null) {
                kept.add(s);
                continue;
            }
            out.report(ObjectPath.index(table.name(), i.name()),
                    "Index " + i.name() + " on " + table.name() + " duplicates " + same.describe() + ".",
                    Fix.of("Drop index " + i.name(), new SchemaEdit.DropIndex(table.name(), i.name())));
        }
    }

    // A plain index that repeats a unique constraint's columns is as useless as an exact twin.
    private static boolean identical(IndexShape kept, IndexShape s) {
        boolean uniquenessCovered = kept.unique() || !s.unique();
        return uniquenessCovered && kept.comparableWith(s) && kept.keys().equals(s.keys()) && kept.include().equals(s.include());
    }
}

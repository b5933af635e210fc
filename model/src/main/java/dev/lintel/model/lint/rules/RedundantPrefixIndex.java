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
import java.util.HashSet;
import java.util.List;

/**
 * An index whose work another index already does (ARD's replaceable_with, catalog 3.7): a
 * non-unique btree index whose keys lead another btree index with the same predicate; or a
 * unique index over a superset of another unique index's columns. Never reports a primary key
 * or constraint-backed index, and leaves exact twins to design-duplicate-index.
 */
public final class RedundantPrefixIndex extends TableRule {
    public RedundantPrefixIndex() {
        super("design-redundant-prefix-index", Category.INDEXES, Severity.INFO, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        List<IndexShape> all = new ArrayList<>();
        if (table.primaryKey() != null) {
            all.add(IndexShape.of(table.primaryKey()));
        }
        table.uniqueConstraints().forEach(u -> all.add(IndexShape.of(u)));
        table.indexes().forEach(i -> all.add(IndexShape.of(i)));
        for (Index index : table.indexes()) {
            IndexShape a = IndexShape.of(index);
            for (IndexShape b : all) {
                boolean itself = !b.constraintBacked() && java.util.Objects.equals(b.name(), a.name());
                if (itself || b.keys().equals(a.keys()) || !a.comparableWith(b) || !a.includeCoveredBy(b)) {
                    continue;
                }
                if (replaceable(a, b)) {
                    out.report(ObjectPath.index(table.name(), a.name()),
                            "Index " + a.name() + " on " + table.name() + " is probably redundant with " + b.describe() + ".",
                            Fix.of("Drop index " + a.name(), new SchemaEdit.DropIndex(table.name(), a.name())));
                    break;
                }
            }
        }
    }

    static boolean replaceable(IndexShape a, IndexShape b) {
        if (a.unique()) {
            // UNIQUE(a) makes UNIQUE(a, b) redundant, never the reverse.
            return b.unique() && a.keys().size() > b.keys().size() && new HashSet<>(a.keys()).containsAll(b.keys());
        }
        return a.method().equals("btree") && a.keys().size() < b.keys().size()
                && b.keys().subList(0, a.keys().size()).equals(a.keys());
    }
}

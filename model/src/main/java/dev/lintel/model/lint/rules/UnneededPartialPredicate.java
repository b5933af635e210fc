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
import java.util.Set;

/** A partial index WHERE col IS NOT NULL on NOT NULL columns: the predicate filters nothing and only stops the planner using it. */
public final class UnneededPartialPredicate extends TableRule {
    public UnneededPartialPredicate() {
        super("design-unneeded-partial-predicate", Category.INDEXES, Severity.HINT, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (Index i : table.indexes()) {
            Set<String> proven = SqlText.notNullConjunction(i.where()).orElse(Set.of());
            if (!proven.isEmpty() && proven.stream().allMatch(c -> isNotNull(table, c))) {
                Index plain = new Index(i.name(), i.unique(), i.method(), i.keys(), i.include(), null, i.nullsNotDistinct());
                out.report(ObjectPath.index(table.name(), i.name()), "Index " + i.name() + " on " + table.name()
                                + " has predicate " + i.where() + " but those columns are NOT NULL already.",
                        Fix.of("Drop the predicate of " + i.name(), new SchemaEdit.DropIndex(table.name(), i.name()),
                                new SchemaEdit.AddIndex(table.name(), plain)));
            }
        }
    }

    private static boolean isNotNull(Table table, String column) {
        return table.columns().stream().filter(c -> c.name().equalsIgnoreCase(column))
                .anyMatch(c -> !c.nullable() || table.isPrimaryKeyColumn(c.name()));
    }
}

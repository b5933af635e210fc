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
import java.util.List;
import java.util.Set;

/**
 * A UNIQUE constraint or unique index over nullable columns: PostgreSQL treats NULLs as distinct,
 * so rows that repeat the other values with a NULL are all accepted. Expression indexes and
 * partial indexes whose predicate excludes the NULLs are skipped (catalog 3.8).
 */
public final class UniqueNullableColumns extends TableRule {
    public UniqueNullableColumns() {
        super("design-unique-nullable-columns", Category.KEYS, Severity.INFO, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (UniqueConstraint u : table.uniqueConstraints()) {
            if (!u.nullsNotDistinct()) {
                report(table, u.columns(), ObjectPath.constraint(table.name(), u.name()), "Unique constraint " + u.name(), out);
            }
        }
        for (Index i : table.indexes()) {
            if (!i.unique() || i.nullsNotDistinct() || !i.keys().stream().allMatch(IndexKey::isColumn)) {
                continue;
            }
            List<String> cols = i.leadingColumns();
            if (i.isPartial()) {
                Set<String> proven = SqlText.notNullConjunction(i.where()).orElse(Set.of());
                cols = cols.stream().filter(c -> !proven.contains(c) && !proven.contains(c.toLowerCase(java.util.Locale.ROOT))).toList();
            }
            report(table, cols, ObjectPath.index(table.name(), i.name()), "Unique index " + i.name(), out);
        }
    }

    private static void report(Table table, List<String> columns, ObjectPath path, String what, FindingCollector out) {
        List<String> nullable = columns.stream().filter(c -> !table.isPrimaryKeyColumn(c)
                && table.column(c).map(col -> col.nullable() && col.generatedExpression() == null).orElse(false)).toList();
        if (nullable.isEmpty()) {
            return;
        }
        List<SchemaEdit> edits = new ArrayList<>();
        nullable.forEach(c -> edits.add(new SchemaEdit.SetNotNull(table.name(), c, true)));
        out.report(path, what + " on " + table.name() + " includes nullable column(s) " + String.join(", ", nullable)
                        + ", so rows that differ only by a NULL are not considered duplicates.",
                new Fix("Make " + String.join(", ", nullable) + " NOT NULL", edits));
    }
}

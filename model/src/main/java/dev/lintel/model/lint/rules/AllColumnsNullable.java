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

/** Every column but the primary key is nullable: the table states no required fact about its rows. */
public final class AllColumnsNullable extends TableRule {
    public AllColumnsNullable() {
        super("design-all-columns-nullable", Category.KEYS, Severity.WARNING, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        int others = 0;
        for (Column c : table.columns()) {
            if (!table.isPrimaryKeyColumn(c.name())) {
                if (!c.nullable() || c.hasGeneratedValue()) {
                    return;
                }
                others++;
            }
        }
        // One optional column beside a key is a normal shape (e.g. a note); two or more all optional is the smell.
        if (others >= 2) {
            out.report(ObjectPath.table(table.name()),
                    "Every column of " + table.name() + " except the primary key is nullable.");
        }
    }
}

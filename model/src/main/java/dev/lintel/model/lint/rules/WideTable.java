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

/** A table with more columns than the threshold (default 30): usually several concepts in one row. */
public final class WideTable extends TableRule {
    public WideTable() {
        super("design-wide-table", Category.MODELLING, Severity.INFO, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        int max = (int) ctx.threshold(this, "max-columns", 30);
        if (table.columns().size() > max) {
            out.report(ObjectPath.table(table.name()), "Table " + table.name() + " has " + table.columns().size()
                    + " columns, more than " + max + ".");
        }
    }
}

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

/** The money type: its scale and parsing follow the server's lc_monetary, and it holds no currency. */
public final class MoneyType extends TableRule {
    public MoneyType() {
        super("design-money-type", Category.TYPES, Severity.WARNING, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (Column c : table.columns()) {
            if (c.type().name().equals("money") && !c.type().isUserDefined()) {
                String name = table.name() + "." + c.name();
                out.report(ObjectPath.column(table.name(), c.name()), "Column " + name + " uses the locale-dependent money type.",
                        Fix.of("Change " + name + " to numeric(19,4)", new SchemaEdit.SetColumnType(table.name(), c.name(),
                                new DataType("numeric", java.util.List.of("19", "4"), c.type().arrayDimensions(), null))));
            }
        }
    }
}

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
import java.util.regex.Pattern;

/** A binary floating-point column whose name says money: 0.1 + 0.2 is not 0.3 in real or double precision. */
public final class FloatForMoney extends TableRule {
    private static final Pattern MONEY = Pattern.compile(
            "(?i)(^|_)(price|amount|cost|total|subtotal|balance|fee|tax|salary|wage|payment|charge|discount|revenue)s?($|_)");

    public FloatForMoney() {
        super("design-float-for-money", Category.TYPES, Severity.WARNING, Scope.TABLE);
    }

    @Override
    public boolean heuristic() {
        return true;
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (Column c : table.columns()) {
            if (DataTypes.isFloat(c.type()) && MONEY.matcher(c.name()).find()) {
                String name = table.name() + "." + c.name();
                out.reportGuess(0.8, ObjectPath.column(table.name(), c.name()),
                        "Column " + name + " looks like money but is " + c.type() + ", which rounds.",
                        Fix.of("Change " + name + " to numeric(12,2)",
                                new SchemaEdit.SetColumnType(table.name(), c.name(), DataType.of("numeric", "12", "2"))));
            }
        }
    }
}

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

/** char(n) pads with blanks: comparisons, lengths and concatenation surprise, and it is no faster than varchar. */
public final class CharType extends TableRule {
    public CharType() {
        super("design-char-type", Category.TYPES, Severity.WARNING, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (Column c : table.columns()) {
            if (c.type().name().equals("char") && !c.type().isUserDefined()) {
                String name = table.name() + "." + c.name();
                DataType varchar = new DataType("varchar", c.type().args().isEmpty() ? java.util.List.of("1") : c.type().args(),
                        c.type().arrayDimensions(), null);
                out.report(ObjectPath.column(table.name(), c.name()), "Column " + name + " is blank-padded " + c.type() + ".",
                        Fix.of("Change " + name + " to " + varchar, new SchemaEdit.SetColumnType(table.name(), c.name(), varchar)));
            }
        }
    }
}

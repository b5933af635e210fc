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

/** timestamp without time zone: the value means a different instant for every client time zone. */
public final class PreferTimestamptz extends TableRule {
    public PreferTimestamptz() {
        super("design-prefer-timestamptz", Category.TYPES, Severity.WARNING, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (Column c : table.columns()) {
            if (c.type().name().equals("timestamp") && !c.type().isUserDefined()) {
                String name = table.name() + "." + c.name();
                DataType tz = new DataType("timestamptz", c.type().args(), c.type().arrayDimensions(), null);
                out.report(ObjectPath.column(table.name(), c.name()), "Column " + name + " is timestamp without time zone.",
                        Fix.of("Change " + name + " to timestamptz", new SchemaEdit.SetColumnType(table.name(), c.name(), tz)));
            } else if (c.type().name().equals("timetz") && !c.type().isUserDefined()) {
                out.report(ObjectPath.column(table.name(), c.name()), "Column " + table.name() + "." + c.name()
                        + " is time with time zone, which cannot account for daylight-saving changes.");
            }
        }
    }
}

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

/** A nullable boolean has three values: WHERE NOT flag silently skips the NULL rows. */
public final class NullableBoolean extends TableRule {
    public NullableBoolean() {
        super("design-nullable-boolean", Category.TYPES, Severity.HINT, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (Column c : table.columns()) {
            if (DataTypes.isBoolean(c.type()) && c.nullable() && !table.isPrimaryKeyColumn(c.name())
                    && c.generatedExpression() == null) {
                String name = table.name() + "." + c.name();
                List<SchemaEdit> edits = new ArrayList<>();
                if (c.defaultExpression() == null) {
                    edits.add(new SchemaEdit.SetDefault(table.name(), c.name(), "false"));
                }
                edits.add(new SchemaEdit.SetNotNull(table.name(), c.name(), true));
                out.report(ObjectPath.column(table.name(), c.name()), "Boolean column " + name + " is nullable.",
                        new Fix("Make " + name + " NOT NULL" + (c.defaultExpression() == null ? " DEFAULT false" : ""), edits));
            }
        }
    }
}

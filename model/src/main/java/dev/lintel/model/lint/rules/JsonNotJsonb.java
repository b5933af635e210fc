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
import dev.lintel.model.dialect.Dialect;

/** json instead of jsonb on PostgreSQL: reparsed on every access, no equality (DISTINCT, GROUP BY fail), no GIN index. */
public final class JsonNotJsonb extends TableRule {
    public JsonNotJsonb() {
        super("design-json-not-jsonb", Category.TYPES, Severity.WARNING, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        if (ctx.dialect() != Dialect.POSTGRES) {
            return; // jsonb exists only in PostgreSQL
        }
        for (Column c : table.columns()) {
            if (c.type().name().equals("json") && !c.type().isUserDefined()) {
                String name = table.name() + "." + c.name();
                DataType jsonb = new DataType("jsonb", java.util.List.of(), c.type().arrayDimensions(), null);
                out.report(ObjectPath.column(table.name(), c.name()), "Column " + name + " is json rather than jsonb.",
                        Fix.of("Change " + name + " to jsonb", new SchemaEdit.SetColumnType(table.name(), c.name(), jsonb)));
            }
        }
    }
}

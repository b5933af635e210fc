package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.ColumnNames;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.Fix;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.Scope;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.TableRule;
import dev.lintel.model.lint.fix.SchemaEdit;
import dev.lintel.model.schema.*;

/**
 * A json column named like a bag of anything (metadata, data, extra ...) with no CHECK on its
 * shape and no index on it: fields hide there that reporting and constraints cannot reach.
 */
public final class JsonCatchall extends TableRule {
    private static final String[] CATCHALL_NAMES = {"metadata", "meta", "data", "extra", "extras", "attributes", "attrs",
            "properties", "props", "payload", "details", "info", "settings", "config", "options", "custom_fields", "params"};

    public JsonCatchall() {
        super("design-json-catchall", Category.MODELLING, Severity.INFO, Scope.TABLE);
    }

    @Override
    public boolean heuristic() {
        return true;
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        ColumnNames names = ctx.columnNames(table);
        for (int i = 0; i < table.columns().size(); i++) {
            Column c = table.columns().get(i);
            if (!DataTypes.isJson(c.type()) || !isCatchallName(names, i) || isShaped(table, c.name())) {
                continue;
            }
            String fn = c.type().name().equals("jsonb") ? "jsonb_typeof" : "json_typeof";
            CheckConstraint check = CheckConstraint.of(Edits.constraintName(table, java.util.List.of(c.name()), "check"),
                    fn + "(" + c.name() + ") = 'object'");
            out.reportGuess(0.7, ObjectPath.column(table.name(), c.name()), "Column " + table.name() + "." + c.name()
                            + " is a catch-all " + c.type() + " blob with no CHECK on its shape and no index.",
                    Fix.of("Add CHECK that " + c.name() + " is a JSON object", new SchemaEdit.AddCheck(table.name(), check)));
        }
    }

    /** The pattern {@code (?i)metadata|meta|data|extra|extras|attributes|attrs|properties|props|payload|details|info|settings|config|options|custom_fields|params}. */
    static boolean isCatchallName(ColumnNames n, int i) {
        return n.is(i, CATCHALL_NAMES);
    }

    private static boolean isShaped(Table table, String column) {
        return table.checks().stream().anyMatch(k -> SqlText.mentions(k.expression(), column))
                || table.indexes().stream().anyMatch(i -> i.keys().stream().anyMatch(k ->
                        column.equals(k.column()) || k.expression() != null && SqlText.mentions(k.expression(), column)));
    }
}

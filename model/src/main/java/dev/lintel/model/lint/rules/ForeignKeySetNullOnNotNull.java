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

/** ON DELETE/UPDATE SET NULL on a NOT NULL column: the parent's delete or update fails at run time instead. */
public final class ForeignKeySetNullOnNotNull extends TableRule {
    public ForeignKeySetNullOnNotNull() {
        super("design-fk-set-null-on-not-null", Category.KEYS, Severity.ERROR, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (ForeignKey fk : table.foreignKeys()) {
            boolean setNull = fk.onDelete() == ForeignKey.Action.SET_NULL || fk.onUpdate() == ForeignKey.Action.SET_NULL;
            if (!setNull) {
                continue;
            }
            List<String> notNull = fk.columns().stream()
                    .filter(c -> table.isPrimaryKeyColumn(c) || table.column(c).map(col -> !col.nullable()).orElse(false))
                    .toList();
            if (notNull.isEmpty()) {
                continue;
            }
            String action = fk.onDelete() == ForeignKey.Action.SET_NULL ? "ON DELETE SET NULL" : "ON UPDATE SET NULL";
            List<SchemaEdit> nullable = new ArrayList<>();
            notNull.stream().filter(c -> !table.isPrimaryKeyColumn(c))
                    .forEach(c -> nullable.add(new SchemaEdit.SetNotNull(table.name(), c, false)));
            String message = "Foreign key " + fk.name() + " on " + table.name() + " is " + action + " but "
                    + String.join(", ", notNull) + " cannot be NULL, so the change in " + fk.referencedTable() + " will fail.";
            if (nullable.size() == notNull.size()) {
                out.report(ObjectPath.constraint(table.name(), fk.name()), message,
                        new Fix("Allow NULL in " + String.join(", ", notNull), nullable));
            } else {
                out.report(ObjectPath.constraint(table.name(), fk.name()), message);
            }
        }
    }
}

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

/**
 * A multi-column foreign key (MATCH SIMPLE) with a nullable column: a row with one NULL key part
 * skips the check entirely, so half-filled references to nothing are accepted.
 */
public final class ForeignKeyNullableComposite extends TableRule {
    public ForeignKeyNullableComposite() {
        super("design-fk-nullable-composite", Category.KEYS, Severity.WARNING, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (ForeignKey fk : table.foreignKeys()) {
            if (fk.columns().size() < 2 || fk.match() == ForeignKey.Match.FULL) {
                continue;
            }
            List<String> nullable = fk.columns().stream()
                    .filter(c -> !table.isPrimaryKeyColumn(c) && table.column(c).map(Column::nullable).orElse(false))
                    .toList();
            if (nullable.isEmpty()) {
                continue;
            }
            List<SchemaEdit> notNull = new ArrayList<>();
            nullable.forEach(c -> notNull.add(new SchemaEdit.SetNotNull(table.name(), c, true)));
            out.report(ObjectPath.constraint(table.name(), fk.name()),
                    "Composite foreign key " + fk.name() + " on " + table.name() + " has nullable column(s) "
                            + String.join(", ", nullable) + ", so rows with a partial NULL key bypass the check.",
                    new Fix("Make " + String.join(", ", nullable) + " NOT NULL", notNull),
                    Fix.of("Declare " + fk.name() + " MATCH FULL",
                            new SchemaEdit.SetForeignKeyMatch(table.name(), fk.name(), ForeignKey.Match.FULL)));
        }
    }
}

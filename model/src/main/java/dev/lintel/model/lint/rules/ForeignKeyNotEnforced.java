package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.Fix;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.Scope;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.TableRule;
import dev.lintel.model.lint.fix.SchemaEdit;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Table;

/**
 * A relationship the design declares but the database does not enforce: a JPA association mapped
 * with {@code @ForeignKey(ConstraintMode.NO_CONSTRAINT)}, or SQL's {@code NOT ENFORCED}. The code
 * believes every row points at a parent; nothing stops orphans. Finding it among hundreds of
 * entities is exactly what a reviewer cannot do by eye, since the ORM hides it.
 */
public final class ForeignKeyNotEnforced extends TableRule {
    public ForeignKeyNotEnforced() {
        super("design-fk-not-enforced", Category.KEYS, Severity.WARNING, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (ForeignKey fk : table.foreignKeys()) {
            if (!fk.notEnforced()) {
                continue;
            }
            String cols = String.join(", ", fk.columns());
            out.report(ObjectPath.constraint(table.name(), fk.name()),
                    "Relationship " + fk.name() + " from " + table.name() + "(" + cols + ") to " + fk.referencedTable()
                            + " is declared but not enforced: the database accepts rows that point at no "
                            + fk.referencedTable() + " row, and deletes there leave orphans.",
                    Fix.of("Enforce " + fk.name() + " as a foreign key", new SchemaEdit.EnforceForeignKey(table.name(), fk.name())));
        }
    }
}

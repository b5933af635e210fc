package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.Identifier;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.Scope;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.TableRule;
import dev.lintel.model.schema.Table;

/** An identifier that is a reserved word of the target dialect (user, order, group ...): every query must quote it. */
public final class ReservedWord extends TableRule {
    public ReservedWord() {
        super("design-reserved-word", Category.NAMING, Severity.WARNING, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (Identifier o : ctx.identifiers(table)) {
            if (ctx.dialect().isReserved(o.name())) {
                out.report(o.path(), o.describe(table) + " is a reserved word in " + ctx.dialect().id() + " and must always be quoted.");
            }
        }
    }
}

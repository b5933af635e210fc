package dev.lintel.model.lint.rules;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.Identifier;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.Scope;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.TableRule;
import dev.lintel.model.schema.Table;

/**
 * An identifier that only works quoted (upper or mixed case, spaces, punctuation, a leading digit):
 * every hand-written query must then quote it exactly. Reserved words are design-reserved-word's.
 */
public final class QuotedOrMixedCase extends TableRule {
    public QuotedOrMixedCase() {
        super("design-quoted-or-mixed-case", Category.NAMING, Severity.WARNING, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (Identifier o : ctx.identifiers(table)) {
            // H2 folds unquoted names to upper case, so there upper-case names are the plain ones too.
            boolean plain = o.is(Identifier.LOWER_PLAIN) || ctx.dialect() == Dialect.H2 && o.is(Identifier.UPPER_PLAIN);
            if (!plain) {
                out.report(o.path(), o.describe(table) + " needs quotes in SQL; prefer lower-case snake_case.");
            }
        }
    }
}

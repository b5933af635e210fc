package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.Scope;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.TableRule;
import dev.lintel.model.schema.*;
import dev.lintel.model.dialect.Dialect;
import java.util.regex.Pattern;

/**
 * An identifier that only works quoted (upper or mixed case, spaces, punctuation, a leading digit):
 * every hand-written query must then quote it exactly. Reserved words are design-reserved-word's.
 */
public final class QuotedOrMixedCase extends TableRule {
    private static final Pattern LOWER = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Pattern UPPER = Pattern.compile("[A-Z_][A-Z0-9_$]*");

    public QuotedOrMixedCase() {
        super("design-quoted-or-mixed-case", Category.NAMING, Severity.WARNING, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (NamedObject o : NamedObject.of(table)) {
            // H2 folds unquoted names to upper case, so there upper-case names are the plain ones too.
            boolean plain = LOWER.matcher(o.name()).matches()
                    || ctx.dialect() == Dialect.H2 && UPPER.matcher(o.name()).matches();
            if (!plain) {
                out.report(o.path(), o.describe(table) + " needs quotes in SQL; prefer lower-case snake_case.");
            }
        }
    }
}

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
import java.util.regex.Pattern;

/**
 * A free-text column whose name says it holds one of a few values (status, role, type ...) with
 * nothing enforcing which: no enum or domain type, no CHECK mentioning it, no foreign key to a
 * lookup table. Typos and retired values then reach production.
 */
public final class UnconstrainedStatus extends TableRule {
    private static final Pattern STRONG = Pattern.compile("(?i)status|state|role");
    private static final Pattern EXACT = Pattern.compile(
            "(?i)type|kind|category|level|priority|stage|phase|mode|gender|currency|country_code");
    private static final Pattern SUFFIX = Pattern.compile("(?i).+_(status|state|type|kind|role)");

    public UnconstrainedStatus() {
        super("design-unconstrained-status", Category.TYPES, Severity.INFO, Scope.TABLE);
    }

    @Override
    public boolean heuristic() {
        return true;
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (Column c : table.columns()) {
            // The type test first: it is cheap and rules out most columns before any pattern runs.
            if (!Types.isTextual(c.type()) || c.type().isUserDefined()) {
                continue;
            }
            double confidence = STRONG.matcher(c.name()).matches() ? 0.9
                    : EXACT.matcher(c.name()).matches() ? 0.7 : SUFFIX.matcher(c.name()).matches() ? 0.6 : 0;
            if (confidence == 0 || isConstrained(table, c.name())) {
                continue;
            }
            out.reportGuess(confidence, ObjectPath.column(table.name(), c.name()), "Column " + table.name() + "." + c.name()
                    + " is free text (" + c.type() + ") with no CHECK, enum or lookup foreign key limiting its values.");
        }
    }

    private static boolean isConstrained(Table table, String column) {
        return table.checks().stream().anyMatch(k -> SqlText.mentions(k.expression(), column))
                || table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column));
    }
}

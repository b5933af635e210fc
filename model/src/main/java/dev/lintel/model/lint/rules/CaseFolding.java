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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names whose meaning depends on case folding, which PostgreSQL (unquoted to lower case) and H2
 * (to upper case) do oppositely: mixed-case names ({@code "userId"}) that no unquoted reference
 * matches in either; names stored in the other dialect's fold ({@code USERS} when the target is
 * PostgreSQL, where only {@code "USERS"} quoted reaches it); and names of one table that differ
 * only by case, which become one name, or two, depending on the dialect.
 */
public final class CaseFolding extends TableRule {
    public CaseFolding() {
        super("dialect-case-folding", Category.DIALECT, Severity.WARNING, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        List<Identifier> names = ctx.identifiers(table);
        boolean allLower = true;
        for (Identifier o : names) {
            String name = o.name();
            boolean lower = o.is(Identifier.LOWER_FOLDED);
            boolean upper = o.is(Identifier.UPPER_FOLDED);
            allLower &= lower;
            if (!lower && !upper) {
                out.report(o.path(), o.describe(table) + " is mixed case: unquoted references fold to "
                        + name.toLowerCase(Locale.ROOT) + " in PostgreSQL and " + name.toUpperCase(Locale.ROOT)
                        + " in H2, and match it in neither.");
            } else if (upper && !lower && ctx.dialect() == Dialect.POSTGRES) {
                out.report(o.path(), o.describe(table) + " is stored upper case (H2's folding): in PostgreSQL only the quoted \""
                        + name + "\" reaches it; unquoted references fold to " + name.toLowerCase(Locale.ROOT) + ".");
            }
        }
        if (!allLower) { // names already in lower case cannot differ only by case
            reportCaseTwins(table, names, out);
        }
    }

    private static void reportCaseTwins(Table table, List<Identifier> names, FindingCollector out) {
        Map<String, Identifier> seen = new HashMap<>();
        for (Identifier o : names) {
            Identifier twin = seen.putIfAbsent(o.kind() + ":" + o.name().toLowerCase(Locale.ROOT), o);
            if (twin != null && !twin.name().equals(o.name())) {
                out.report(o.path(), o.describe(table) + " differs from " + twin.name() + " only by case: one name in a"
                        + " dialect that folds, two where they are quoted.");
            }
        }
    }
}

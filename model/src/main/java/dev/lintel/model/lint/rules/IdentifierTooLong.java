package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.Identifier;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.Scope;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.TableRule;
import dev.lintel.model.schema.Table;

/**
 * An identifier longer than the dialect keeps (63 bytes in PostgreSQL, which truncates silently,
 * so two long names can collide), or exactly at the limit (probably already truncated).
 */
public final class IdentifierTooLong extends TableRule {
    public IdentifierTooLong() {
        super("design-identifier-too-long", Category.NAMING, Severity.ERROR, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        int max = ctx.dialect().maxIdentifierBytes();
        for (Identifier o : ctx.identifiers(table)) {
            int bytes = o.utf8Bytes();
            if (bytes > max) {
                out.report(o.path(), o.describe(table) + " is " + bytes + " bytes long; " + ctx.dialect().id()
                        + " keeps only " + max + ".");
            } else if (bytes == max) {
                out.report(Severity.WARNING, o.path(), o.describe(table) + " is exactly " + max
                        + " bytes long and was probably truncated.");
            }
        }
    }
}

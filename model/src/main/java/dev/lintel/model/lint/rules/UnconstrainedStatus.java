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
 * A free-text column whose name says it holds one of a few values (status, role, type ...) with
 * nothing enforcing which: no enum or domain type, no CHECK mentioning it, no foreign key to a
 * lookup table. Typos and retired values then reach production.
 */
public final class UnconstrainedStatus extends TableRule {
    private static final String[] STRONG = {"status", "state", "role"};
    private static final String[] EXACT = {"type", "kind", "category", "level", "priority", "stage", "phase", "mode", "gender",
            "currency", "country_code"};

    public UnconstrainedStatus() {
        super("design-unconstrained-status", Category.TYPES, Severity.INFO, Scope.TABLE);
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
            // The type test first: it is cheap and rules out most columns before any pattern runs.
            if (!Types.isTextual(c.type()) || c.type().isUserDefined()) {
                continue;
            }
            double confidence = strong(names, i) ? 0.9 : exact(names, i) ? 0.7 : suffix(names, i) ? 0.6 : 0;
            if (confidence == 0 || isConstrained(table, c.name())) {
                continue;
            }
            out.reportGuess(confidence, ObjectPath.column(table.name(), c.name()), "Column " + table.name() + "." + c.name()
                    + " is free text (" + c.type() + ") with no CHECK, enum or lookup foreign key limiting its values.");
        }
    }

    // Plain string checks, once the patterns (?i)status|state|role, (?i)type|kind|category|level|priority|stage|phase
    // |mode|gender|currency|country_code and (?i).+_(status|state|type|kind|role).

    static boolean strong(ColumnNames n, int i) {
        return n.is(i, STRONG);
    }

    static boolean exact(ColumnNames n, int i) {
        return n.is(i, EXACT);
    }

    static boolean suffix(ColumnNames n, int i) {
        return n.endsWith(i, "_status") || n.endsWith(i, "_state") || n.endsWith(i, "_type") || n.endsWith(i, "_kind")
                || n.endsWith(i, "_role");
    }

    private static boolean isConstrained(Table table, String column) {
        return table.checks().stream().anyMatch(k -> SqlText.mentions(k.expression(), column))
                || table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column));
    }
}

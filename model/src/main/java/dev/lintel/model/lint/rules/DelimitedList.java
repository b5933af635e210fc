package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.ColumnNames;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.Scope;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.TableRule;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Table;

/**
 * A text column named like a list ({@code tag_ids}, {@code *_list}, {@code tags}, {@code emails},
 * {@code roles} ...): values joined by commas inside one string, which no foreign key, unique
 * constraint or index can see into.
 */
public final class DelimitedList extends TableRule {
    private static final String[] LIST_NAMES = {"tags", "emails", "roles", "keywords", "categories", "labels", "permissions",
            "phones", "phone_numbers", "recipients", "scopes", "groups", "ids"};

    public DelimitedList() {
        super("design-delimited-list", Category.MODELLING, Severity.INFO, Scope.TABLE);
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
            if (c.type().isArray() || c.type().isUserDefined() || !Types.isString(c.type())) {
                continue;
            }
            double confidence = ids(names, i) ? 0.8 : list(names, i) ? 0.6 : 0;
            if (confidence > 0) {
                out.reportGuess(confidence, ObjectPath.column(table.name(), c.name()), "Column " + table.name() + "." + c.name()
                        + " is " + c.type() + " named like a list: delimited values in one string escape foreign keys,"
                        + " uniqueness and indexes.");
            }
        }
    }

    // Plain string checks, once the patterns (?i).+_ids|.+Ids and (?i).+_(list|csv)|tags|emails|roles|keywords
    // |categories|labels|permissions|phones|phone_numbers|recipients|scopes|groups|ids.

    static boolean ids(ColumnNames n, int i) {
        return n.endsWith(i, "ids"); // ignoring case, .+Ids takes in .+_ids
    }

    static boolean list(ColumnNames n, int i) {
        return n.endsWith(i, "_list") || n.endsWith(i, "_csv") || n.is(i, LIST_NAMES);
    }
}

package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.Scope;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.TableRule;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Table;
import java.util.regex.Pattern;

/**
 * A text column named like a list ({@code tag_ids}, {@code *_list}, {@code tags}, {@code emails},
 * {@code roles} ...): values joined by commas inside one string, which no foreign key, unique
 * constraint or index can see into.
 */
public final class DelimitedList extends TableRule {
    private static final Pattern IDS = Pattern.compile("(?i).+_ids|.+Ids");
    private static final Pattern LIST = Pattern.compile("(?i).+_(list|csv)|tags|emails|roles|keywords|categories|labels"
            + "|permissions|phones|phone_numbers|recipients|scopes|groups|ids");

    public DelimitedList() {
        super("design-delimited-list", Category.MODELLING, Severity.INFO, Scope.TABLE);
    }

    @Override
    public boolean heuristic() {
        return true;
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (Column c : table.columns()) {
            if (c.type().isArray() || c.type().isUserDefined() || !Types.isString(c.type())) {
                continue;
            }
            double confidence = IDS.matcher(c.name()).matches() ? 0.8 : LIST.matcher(c.name()).matches() ? 0.6 : 0;
            if (confidence > 0) {
                out.reportGuess(confidence, ObjectPath.column(table.name(), c.name()), "Column " + table.name() + "." + c.name()
                        + " is " + c.type() + " named like a list: delimited values in one string escape foreign keys,"
                        + " uniqueness and indexes.");
            }
        }
    }
}

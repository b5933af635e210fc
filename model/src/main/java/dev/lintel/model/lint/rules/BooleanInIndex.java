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

/** A boolean index key: two values select half the table, which a partial index WHERE flag does better. */
public final class BooleanInIndex extends TableRule {
    public BooleanInIndex() {
        super("design-boolean-in-index", Category.INDEXES, Severity.HINT, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (Index i : table.indexes()) {
            for (IndexKey k : i.keys()) {
                if (k.isColumn() && table.column(k.column()).map(c -> DataTypes.isBoolean(c.type())).orElse(false)) {
                    out.report(ObjectPath.index(table.name(), i.name()), "Index " + i.name() + " on " + table.name()
                            + " has boolean key " + k.column() + "; a partial index WHERE " + k.column() + " is usually better.");
                    break;
                }
            }
        }
    }
}

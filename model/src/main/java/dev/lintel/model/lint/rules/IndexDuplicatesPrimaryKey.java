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
import java.util.List;

/** A non-partial index on exactly the primary-key columns, in order: the key's own index already serves it. */
public final class IndexDuplicatesPrimaryKey extends TableRule {
    public IndexDuplicatesPrimaryKey() {
        super("design-index-duplicates-pk", Category.INDEXES, Severity.WARNING, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        if (table.primaryKey() == null) {
            return;
        }
        List<IndexKey> pkKeys = table.primaryKey().columns().stream().map(IndexKey::column).toList();
        for (Index i : table.indexes()) {
            // An INCLUDE list makes it a covering index with its own purpose.
            if (i.method().equals("btree") && !i.isPartial() && i.include().isEmpty() && i.keys().equals(pkKeys)) {
                out.report(ObjectPath.index(table.name(), i.name()),
                        "Index " + i.name() + " on " + table.name() + " repeats the primary key " + table.primaryKey().name() + ".",
                        Fix.of("Drop index " + i.name(), new SchemaEdit.DropIndex(table.name(), i.name())));
            }
        }
    }
}

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
import dev.lintel.model.lint.LintContext.IncomingForeignKey;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated key (primary key, identity or serial) of type smallint or integer: it runs out at
 * 32 767 or 2 147 483 647 rows ever inserted, and widening it later rewrites the table and every
 * referencing one. Plain integer columns and keys that are themselves foreign keys are not
 * flagged (catalog 3.5: they follow their target).
 */
public final class ShortIntegerPrimaryKey extends TableRule {
    public ShortIntegerPrimaryKey() {
        super("design-short-int-pk", Category.KEYS, Severity.WARNING, Scope.NEIGHBOURS);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (Column c : table.columns()) {
            int bytes = Types.intBytes(Types.effective(c));
            if (bytes < 0 || bytes >= 8 || !isGeneratedKey(table, c) || isForeignKeyColumn(table, c.name())) {
                continue;
            }
            List<SchemaEdit> edits = new ArrayList<>();
            edits.add(new SchemaEdit.SetColumnType(table.name(), c.name(), DataType.of("bigint")));
            for (IncomingForeignKey in : ctx.referencing(table.name())) {
                List<String> ref = ctx.referencedColumns(in.foreignKey());
                int at = ref.indexOf(c.name());
                if (at >= 0 && at < in.foreignKey().columns().size()) {
                    String child = in.foreignKey().columns().get(at);
                    boolean narrow = in.owner().column(child).map(col -> Types.intBytes(Types.effective(col)) > 0
                            && Types.intBytes(Types.effective(col)) < 8).orElse(false);
                    if (narrow) {
                        edits.add(new SchemaEdit.SetColumnType(in.owner().name(), child, DataType.of("bigint")));
                    }
                }
            }
            String refs = edits.size() > 1 ? " and the " + (edits.size() - 1) + " column(s) referencing it" : "";
            out.report(ObjectPath.column(table.name(), c.name()),
                    "Key column " + table.name() + "." + c.name() + " is " + Types.effective(c)
                            + ", which can run out of values; use bigint.",
                    new Fix("Change " + table.name() + "." + c.name() + refs + " to bigint", edits));
        }
    }

    private static boolean isGeneratedKey(Table table, Column c) {
        boolean soleKey = table.primaryKey() != null && table.primaryKey().columns().equals(List.of(c.name()));
        boolean sequenced = c.identity() != null || c.serial() != Column.SerialKind.NONE
                || c.defaultExpression() != null && c.defaultExpression().toLowerCase(java.util.Locale.ROOT).contains("nextval(");
        return soleKey || sequenced;
    }

    private static boolean isForeignKeyColumn(Table table, String column) {
        return table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column));
    }
}

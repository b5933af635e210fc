package dev.lintel.model.lint.rules;

import dev.lintel.model.dialect.ConstraintNames;
import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.Fix;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.Scope;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.TableRule;
import dev.lintel.model.lint.fix.SchemaEdit;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.Identity;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.Table;
import java.util.List;
import java.util.Optional;

/** A table with no primary key: rows cannot be addressed, and logical replication cannot update or delete them. */
public final class TableWithoutPrimaryKey extends TableRule {
    public TableWithoutPrimaryKey() {
        super("design-table-without-pk", Category.KEYS, Severity.ERROR, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        // A partition gets its key from the partitioned parent.
        if (table.primaryKey() != null || table.isPartition()) {
            return;
        }
        String pkName = ConstraintNames.primaryKey(table.name().name());
        Optional<List<String>> promotable = table.uniqueColumnSets().stream()
                .filter(cols -> !cols.isEmpty() && cols.stream().allMatch(c -> table.column(c).map(col -> !col.nullable()).orElse(false)))
                .findFirst();
        Fix fix;
        if (promotable.isPresent()) {
            List<String> cols = promotable.get();
            fix = Fix.of("Make (" + String.join(", ", cols) + ") the primary key",
                    new SchemaEdit.AddPrimaryKey(table.name(), new PrimaryKey(pkName, cols, null)));
        } else if (table.hasColumn("id")) {
            fix = Fix.of("Make id the primary key",
                    new SchemaEdit.AddPrimaryKey(table.name(), PrimaryKey.of(pkName, "id")));
        } else {
            Column id = Column.of("id", DataType.of("bigint")).withNullable(false).withIdentity(Identity.always());
            fix = Fix.of("Add an identity column id as the primary key",
                    new SchemaEdit.AddColumn(table.name(), id, 0),
                    new SchemaEdit.AddPrimaryKey(table.name(), PrimaryKey.of(pkName, "id")));
        }
        out.report(ObjectPath.table(table.name()), "Table " + table.name() + " has no primary key.", fix);
    }
}

package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.Fix;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.Scope;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.TableRule;
import dev.lintel.model.lint.fix.SchemaEdit;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A foreign key whose columns do not lead any btree index of the child: every delete or key
 * update in the parent then scans the child. Coverage follows catalog 3.6: one index whose first
 * k keys are exactly the k FK columns in any order; two indexes each holding some do not count;
 * a partial index counts only when its predicate is {@code fk_col IS NOT NULL} (AND ...).
 */
public final class ForeignKeyWithoutIndex extends TableRule {
    public ForeignKeyWithoutIndex() {
        super("design-fk-without-index", Category.INDEXES, Severity.WARNING, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (ForeignKey fk : table.foreignKeys()) {
            if (fk.columns().isEmpty() || isCovered(table, fk.columns())) {
                continue;
            }
            String cols = String.join(", ", fk.columns());
            Index index = new Index(Edits.indexName(table, fk.columns()), false, "btree",
                    fk.columns().stream().map(IndexKey::column).toList(), List.of(), null, false);
            // A relationship declared but not enforced has no delete check, but every join along it still scans.
            String consequence = fk.notEnforced()
                    ? " so looking up the " + table.name() + " rows of a " + fk.referencedTable() + " row scans " + table.name() + "."
                    : " so deleting or re-keying rows of " + fk.referencedTable() + " scans " + table.name() + ".";
            out.report(ObjectPath.constraint(table.name(), fk.name()),
                    (fk.notEnforced() ? "Relationship " : "Foreign key ") + fk.name() + " on " + table.name() + "(" + cols
                            + ") has no index leading with its columns," + consequence,
                    Fix.of("Add index on " + table.name() + "(" + cols + ")", new SchemaEdit.AddIndex(table.name(), index)));
        }
    }

    static boolean isCovered(Table table, List<String> fkColumns) {
        Set<String> wanted = new HashSet<>(fkColumns);
        if (table.primaryKey() != null && leads(table.primaryKey().columns(), wanted)) {
            return true;
        }
        for (UniqueConstraint u : table.uniqueConstraints()) {
            if (leads(u.columns(), wanted)) {
                return true;
            }
        }
        for (Index i : table.indexes()) {
            if (i.method().equals("btree") && leads(i.leadingColumns(), wanted) && predicateAllowsKeys(i, wanted)) {
                return true;
            }
        }
        return false;
    }

    /** The first {@code wanted.size()} keys are the wanted columns in any order (checked without copying: this runs per index and foreign key). */
    private static boolean leads(List<String> keys, Set<String> wanted) {
        int n = wanted.size();
        if (keys.size() < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!wanted.contains(keys.get(i))) {
                return false;
            }
            for (int j = 0; j < i; j++) {
                if (Objects.equals(keys.get(i), keys.get(j))) {
                    return false; // n keys, a repeat among them: fewer than n distinct, so not all of wanted
                }
            }
        }
        return true;
    }

    // The FK check looks rows up by non-null keys only, so a predicate of "fk col IS NOT NULL" terms keeps every one of them.
    private static boolean predicateAllowsKeys(Index index, Set<String> fkColumns) {
        return !index.isPartial() || SqlText.notNullConjunction(index.where())
                .map(proven -> proven.stream().anyMatch(p -> fkColumns.stream().anyMatch(p::equalsIgnoreCase))
                        && proven.stream().allMatch(p -> fkColumns.stream().anyMatch(p::equalsIgnoreCase)))
                .orElse(false);
    }
}

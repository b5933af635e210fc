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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Two foreign keys from the same columns to the same target (a duplicate), or one whose column
 * mapping is part of another's to the same table (implied by the wider one, so probably redundant).
 */
public final class ForeignKeyDuplicate extends TableRule {
    public ForeignKeyDuplicate() {
        super("design-fk-duplicate", Category.KEYS, Severity.WARNING, Scope.NEIGHBOURS);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        List<ForeignKey> fks = table.foreignKeys();
        for (int i = 0; i < fks.size(); i++) {
            ForeignKey a = fks.get(i);
            for (int j = 0; j < fks.size(); j++) {
                ForeignKey b = fks.get(j);
                if (i == j || !sameTarget(ctx, a, b)) {
                    continue;
                }
                Set<String> pa = pairs(ctx, a);
                Set<String> pb = pairs(ctx, b);
                ObjectPath path = ObjectPath.constraint(table.name(), a.name());
                if (pa.equals(pb) && j < i) {
                    out.report(path, "Foreign key " + a.name() + " on " + table.name() + " duplicates " + b.name() + ".",
                            Fix.of("Drop foreign key " + a.name(), new SchemaEdit.DropForeignKey(table.name(), a.name())));
                    break;
                }
                if (!pa.equals(pb) && pb.containsAll(pa)) {
                    out.report(path, "Foreign key " + a.name() + " on " + table.name() + " is implied by the wider "
                            + b.name() + " to the same table and is probably redundant.");
                    break;
                }
            }
        }
    }

    private static boolean sameTarget(LintContext ctx, ForeignKey a, ForeignKey b) {
        QualifiedName ta = ctx.resolve(a.referencedTable()).map(Table::name).orElse(a.referencedTable());
        QualifiedName tb = ctx.resolve(b.referencedTable()).map(Table::name).orElse(b.referencedTable());
        return ta.equals(tb);
    }

    // "child=parent" column pairs; implicit references resolve to the target's key.
    private static Set<String> pairs(LintContext ctx, ForeignKey fk) {
        List<String> ref = ctx.referencedColumns(fk);
        Set<String> out = new LinkedHashSet<>();
        for (int k = 0; k < fk.columns().size(); k++) {
            out.add(fk.columns().get(k) + "=" + (k < ref.size() ? ref.get(k) : "?"));
        }
        return out;
    }
}

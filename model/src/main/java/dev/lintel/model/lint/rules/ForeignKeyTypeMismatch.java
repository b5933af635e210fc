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
import java.util.Optional;

/**
 * A foreign-key column whose type differs from the column it references. Only a narrower
 * child (int to bigint, varchar(50) to varchar(100)) is a real risk (catalog 3.5: a wider child is
 * fine); other differences of kind are reported as hints.
 */
public final class ForeignKeyTypeMismatch extends TableRule {
    public ForeignKeyTypeMismatch() {
        super("design-fk-type-mismatch", Category.KEYS, Severity.WARNING, Scope.NEIGHBOURS);
    }

    enum Fit { SAME, WIDER, NARROWER, DIFFERENT }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (ForeignKey fk : table.foreignKeys()) {
            Optional<Table> target = ctx.resolve(fk.referencedTable());
            List<String> refCols = ctx.referencedColumns(fk);
            if (target.isEmpty() || refCols.size() != fk.columns().size()) {
                continue;
            }
            for (int i = 0; i < refCols.size(); i++) {
                Optional<Column> child = table.column(fk.columns().get(i));
                Optional<Column> parent = target.get().column(refCols.get(i));
                if (child.isEmpty() || parent.isEmpty()) {
                    continue;
                }
                DataType c = Types.effective(child.get());
                DataType p = Types.effective(parent.get());
                Fit fit = fit(c, p);
                if (fit == Fit.SAME || fit == Fit.WIDER) {
                    continue; // nothing to say: build no message
                }
                String what = table.name() + "." + child.get().name() + " (" + c + ") references "
                        + target.get().name() + "." + parent.get().name() + " (" + p + ")";
                ObjectPath path = ObjectPath.column(table.name(), child.get().name());
                if (fit == Fit.NARROWER) {
                    out.report(Severity.WARNING, path, "Foreign-key column " + what + " but cannot hold all its values.",
                            Fix.of("Change " + table.name() + "." + child.get().name() + " to " + p,
                                    new SchemaEdit.SetColumnType(table.name(), child.get().name(), p)));
                } else if (fit == Fit.DIFFERENT) {
                    out.report(Severity.HINT, path, "Foreign-key column " + what + " of a different type.");
                }
            }
        }
    }

    static Fit fit(DataType child, DataType parent) {
        if (child.equals(parent)) {
            return Fit.SAME;
        }
        if (child.isArray() || parent.isArray() || child.isUserDefined() || parent.isUserDefined()) {
            return Fit.DIFFERENT;
        }
        int cb = Types.intBytes(child);
        int pb = Types.intBytes(parent);
        if (cb > 0 && pb > 0) {
            return compare(cb, pb);
        }
        if (Types.isString(child) && Types.isString(parent)) {
            return compare(Types.stringCapacity(child), Types.stringCapacity(parent));
        }
        if (child.name().equals("numeric") && parent.name().equals("numeric")) {
            return numericFit(child, parent);
        }
        return Fit.DIFFERENT;
    }

    private static Fit compare(long child, long parent) {
        return child == parent ? Fit.SAME : child < parent ? Fit.NARROWER : Fit.WIDER;
    }

    // numeric(p,s): integer digits p-s and scale s must both fit; no modifiers means unbounded.
    private static Fit numericFit(DataType child, DataType parent) {
        if (parent.args().isEmpty()) {
            return child.args().isEmpty() ? Fit.SAME : Fit.NARROWER;
        }
        if (child.args().isEmpty()) {
            return Fit.WIDER;
        }
        try {
            int cp = Integer.parseInt(child.args().get(0).trim());
            int cs = child.args().size() > 1 ? Integer.parseInt(child.args().get(1).trim()) : 0;
            int pp = Integer.parseInt(parent.args().get(0).trim());
            int ps = parent.args().size() > 1 ? Integer.parseInt(parent.args().get(1).trim()) : 0;
            return cp - cs < pp - ps || cs < ps ? Fit.NARROWER : Fit.WIDER;
        } catch (NumberFormatException e) {
            return Fit.DIFFERENT;
        }
    }
}

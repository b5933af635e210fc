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
import dev.lintel.model.lint.LintContext.IncomingForeignKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Soft deletion done in a way that bites: a boolean flag (nothing says when, or by whom) with no
 * partial index filtering it, unique constraints that still count deleted rows, and ON DELETE
 * CASCADE from other tables that never fires because rows are never really deleted.
 */
public final class SoftDeleteFlag extends TableRule {
    private static final String[] FLAGS = {"is_deleted", "deleted", "is_archived", "archived", "removed"};
    private static final String[] STAMPS = {"deleted_at", "archived_at", "discarded_at"};

    public SoftDeleteFlag() {
        super("design-soft-delete-flag", Category.MODELLING, Severity.INFO, Scope.NEIGHBOURS);
    }

    @Override
    public boolean heuristic() {
        return true;
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        ColumnNames names = ctx.columnNames(table);
        for (int k = 0; k < table.columns().size(); k++) {
            Column c = table.columns().get(k);
            boolean flag = DataTypes.isBoolean(c.type()) && isFlagName(names, k);
            boolean stamp = (DataTypes.isTimestamp(c.type()) || c.type().name().equals("date")) && isStampName(names, k);
            if (!flag && !stamp) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            if (flag) {
                problems.add("is a boolean flag rather than a deleted_at timestamp");
                if (c.nullable()) {
                    problems.add("is nullable");
                }
                if (table.indexes().stream().noneMatch(i -> SqlText.mentions(i.where(), c.name()))) {
                    problems.add("has no partial index filtering on it");
                }
            }
            List<String> uniques = new ArrayList<>();
            table.uniqueConstraints().forEach(u -> uniques.add(u.name()));
            table.indexes().stream().filter(i -> i.unique() && !SqlText.mentions(i.where(), c.name()))
                    .forEach(i -> uniques.add(i.name()));
            if (!uniques.isEmpty()) {
                problems.add("is ignored by unique " + String.join(", ", uniques) + ", so deleted rows still block their values");
            }
            List<String> cascades = new ArrayList<>();
            for (IncomingForeignKey in : ctx.referencing(table.name())) {
                if (in.foreignKey().onDelete() == ForeignKey.Action.CASCADE && !in.owner().name().equals(table.name())) {
                    cascades.add(in.owner().name() + "." + in.foreignKey().name());
                }
            }
            if (!cascades.isEmpty()) {
                problems.add("makes ON DELETE CASCADE of " + String.join(", ", cascades) + " never fire");
            }
            if (!problems.isEmpty()) {
                out.reportGuess(flag ? 0.7 : 0.85, ObjectPath.column(table.name(), c.name()),
                        "Soft-delete column " + table.name() + "." + c.name() + " " + String.join("; ", problems) + ".");
            }
        }
    }

    /** The pattern {@code (?i)is_deleted|deleted|is_archived|archived|removed}. */
    static boolean isFlagName(ColumnNames n, int i) {
        return n.is(i, FLAGS);
    }

    /** The pattern {@code (?i)deleted_at|archived_at|discarded_at}. */
    static boolean isStampName(ColumnNames n, int i) {
        return n.is(i, STAMPS);
    }
}

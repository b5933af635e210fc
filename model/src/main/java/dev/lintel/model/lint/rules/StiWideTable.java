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
 * Single-table inheritance gone wide: a discriminator column ({@code type}, {@code kind},
 * {@code *_type}, {@code dtype}, {@code discriminator}) and many nullable columns (default at
 * least 8, and at least 40% of all columns), each presumably used by some subtypes only, with
 * nothing saying which subtype needs which.
 */
public final class StiWideTable extends TableRule {
    private static final String[] DISCRIMINATORS = {"type", "kind", "dtype", "discriminator", "class_name"};

    public StiWideTable() {
        super("design-sti-wide-table", Category.MODELLING, Severity.INFO, Scope.TABLE);
    }

    @Override
    public boolean heuristic() {
        return true;
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        String discriminator = null;
        ColumnNames names = ctx.columnNames(table);
        for (int i = 0; i < table.columns().size() && discriminator == null; i++) {
            if (isDiscriminator(names, i)) {
                discriminator = table.columns().get(i).name();
            }
        }
        if (discriminator == null) {
            return;
        }
        int minNullable = (int) ctx.threshold(this, "min-nullable-columns", 8);
        double minRatio = ctx.threshold(this, "min-nullable-ratio", 0.4);
        long nullable = table.columns().stream()
                .filter(c -> c.nullable() && !table.isPrimaryKeyColumn(c.name())
                        && table.foreignKeys().stream().noneMatch(fk -> fk.columns().contains(c.name())))
                .count();
        if (nullable >= minNullable && nullable >= minRatio * table.columns().size()) {
            out.reportGuess(0.6, ObjectPath.table(table.name()), "Table " + table.name() + " has a discriminator ("
                    + discriminator + ") and " + nullable + " of its " + table.columns().size()
                    + " columns nullable: several subtypes share one wide table and no CHECK says which needs what.");
        }
    }

    /** The pattern {@code (?i)type|kind|dtype|discriminator|.+_type|class_name}, as plain string checks. */
    static boolean isDiscriminator(ColumnNames n, int i) {
        return n.is(i, DISCRIMINATORS) || n.endsWith(i, "_type");
    }
}

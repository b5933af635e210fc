package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.ColumnNames;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.Identifier;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.Scope;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.TableRule;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;

/**
 * A house naming convention (opt-in: a policy, not a defect): lower snake_case everywhere, primary
 * keys {@code <table>_pkey}, foreign keys {@code *_fkey} or {@code fk_*}, unique constraints
 * {@code *_key} or {@code uq_*}, indexes {@code *_idx} or {@code idx_*}/{@code ix_*}: the names
 * PostgreSQL itself generates, so that a name says what it is.
 */
public final class NamingConvention extends TableRule {
    public NamingConvention() {
        super("design-naming-convention", Category.NAMING, Severity.HINT, Scope.TABLE);
    }

    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (Identifier o : ctx.identifiers(table)) {
            // H2 stores unquoted snake_case names upper case: that is the same convention there.
            if (!o.is(Identifier.LOWER_SNAKE)
                    && !(ctx.dialect() == dev.lintel.model.dialect.Dialect.H2 && o.is(Identifier.UPPER_SNAKE))) {
                out.report(o.path(), o.describe(table) + " is not lower snake_case.");
            }
        }
        String t = table.name().name();
        if (table.primaryKey() != null && table.primaryKey().name() != null && !isTableNamePlus(table.primaryKey().name(), t, "_pkey")) {
            expect(out, table, table.primaryKey().name(), t + "_pkey");
        }
        for (ForeignKey fk : table.foreignKeys()) {
            if (fk.name() != null && !isForeignKeyName(fk.name())) {
                expect(out, table, fk.name(), "<table>_<columns>_fkey or fk_<...>");
            }
        }
        for (UniqueConstraint u : table.uniqueConstraints()) {
            if (u.name() != null && !isUniqueName(u.name())) {
                expect(out, table, u.name(), "<table>_<columns>_key or uq_<...>");
            }
        }
        for (Index i : table.indexes()) {
            if (!isIndexName(i.name())) {
                out.report(ObjectPath.index(table.name(), i.name()), "Index " + table.name() + "." + i.name()
                        + " does not follow the convention <table>_<columns>_idx (or idx_/ix_ prefix).");
            }
        }
    }

    // Plain string checks, once the (case-sensitive) patterns .*_fkey|fk_.*, .*_key|uq_.*|uk_.* and .*_idx|idx_.*|ix_.*:
    // a pattern's . takes any character but a line terminator, so the rest of the name must be one line.

    static boolean isForeignKeyName(String n) {
        return (n.endsWith("_fkey") || n.startsWith("fk_")) && ColumnNames.isSingleLine(n);
    }

    static boolean isUniqueName(String n) {
        return (n.endsWith("_key") || n.startsWith("uq_") || n.startsWith("uk_")) && ColumnNames.isSingleLine(n);
    }

    static boolean isIndexName(String n) {
        return (n.endsWith("_idx") || n.startsWith("idx_") || n.startsWith("ix_")) && ColumnNames.isSingleLine(n);
    }

    /** {@code name} equals {@code table + suffix}, without building that string for every table. */
    private static boolean isTableNamePlus(String name, String table, String suffix) {
        return name.length() == table.length() + suffix.length() && name.startsWith(table) && name.endsWith(suffix);
    }

    private void expect(FindingCollector out, Table table, String name, String pattern) {
        out.report(ObjectPath.constraint(table.name(), name), "Constraint " + table.name() + "." + name
                + " does not follow the convention " + pattern + ".");
    }
}

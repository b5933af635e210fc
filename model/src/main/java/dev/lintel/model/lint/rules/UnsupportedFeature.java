package dev.lintel.model.lint.rules;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.Scope;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.TableRule;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.Deferrability;
import dev.lintel.model.schema.ExclusionConstraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Table;
import java.util.Set;

/**
 * PostgreSQL features the target dialect lacks, checked when the target is H2: partial and
 * expression indexes, index methods other than btree and hash, operator classes, INCLUDE columns,
 * exclusion constraints, NOT VALID and deferrable constraints, and types such as {@code jsonb},
 * {@code citext}, ranges, network and full-text types. (CONCURRENTLY belongs to migration scripts,
 * not to a schema, so the migration rules judge it.) Nothing is reported for a PostgreSQL target.
 */
public final class UnsupportedFeature extends TableRule {
    private static final Set<String> H2_MISSING_TYPES = Set.of("jsonb", "citext", "int4range", "int8range", "numrange",
            "tsrange", "tstzrange", "daterange", "inet", "cidr", "macaddr", "macaddr8", "tsvector", "tsquery", "money",
            "xml", "hstore", "ltree", "point", "line", "lseg", "box", "path", "polygon", "circle", "bit varying", "pg_lsn");

    public UnsupportedFeature() {
        super("dialect-unsupported-feature", Category.DIALECT, Severity.ERROR, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        if (ctx.dialect() != Dialect.H2) {
            return;
        }
        String target = ctx.dialect().id();
        for (Column c : table.columns()) {
            if (H2_MISSING_TYPES.contains(c.type().name()) && !c.type().isUserDefined()) {
                out.report(ObjectPath.column(table.name(), c.name()), "Column " + table.name() + "." + c.name() + " has type "
                        + c.type() + ", which " + target + " does not have.");
            }
        }
        for (Index i : table.indexes()) {
            String missing = indexFeature(i);
            if (missing != null) {
                out.report(ObjectPath.index(table.name(), i.name()), "Index " + table.name() + "." + i.name() + " is " + missing
                        + ", which " + target + " does not support.");
            }
        }
        for (ExclusionConstraint x : table.exclusions()) {
            out.report(ObjectPath.constraint(table.name(), x.name()), "Exclusion constraint " + table.name() + "." + x.name()
                    + " has no equivalent in " + target + ".");
        }
        for (ForeignKey fk : table.foreignKeys()) {
            if (fk.notValid()) {
                out.report(ObjectPath.constraint(table.name(), fk.name()), "Foreign key " + table.name() + "." + fk.name()
                        + " is NOT VALID, which " + target + " does not support (it uses NOCHECK).");
            }
        }
        for (Constraint c : table.constraints()) {
            if (c.name() != null && deferrable(c)) {
                out.report(ObjectPath.constraint(table.name(), c.name()), "Constraint " + table.name() + "." + c.name()
                        + " is DEFERRABLE, which " + target + " does not support.");
            }
        }
    }

    private static String indexFeature(Index i) {
        if (i.isPartial()) {
            return "partial (WHERE " + i.where() + ")";
        }
        if (!i.method().equals("btree") && !i.method().equals("hash")) {
            return "a " + i.method() + " index";
        }
        for (IndexKey k : i.keys()) {
            if (!k.isColumn()) {
                return "an expression index";
            }
            if (k.opclass() != null) {
                return "using operator class " + k.opclass();
            }
            if (k.collation() != null) {
                return "using a per-key collation";
            }
        }
        if (!i.include().isEmpty()) {
            return "covering (INCLUDE)";
        }
        return null;
    }

    private static boolean deferrable(Constraint c) {
        Deferrability d = c instanceof ForeignKey fk ? fk.deferrability()
                : c instanceof dev.lintel.model.schema.PrimaryKey pk ? pk.deferrability()
                : c instanceof dev.lintel.model.schema.UniqueConstraint u ? u.deferrability() : null;
        return d != null && d.isDeferrable();
    }
}

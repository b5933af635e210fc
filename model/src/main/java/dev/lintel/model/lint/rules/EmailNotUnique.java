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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The email of a user-like table that is not unique, or unique only case-sensitively (Ann@x.io
 * and ann@x.io become two accounts), or nullable. Counts a UNIQUE on the column alone, a unique
 * index on lower(email), or citext with a unique.
 */
public final class EmailNotUnique extends TableRule {
    private static final Pattern EMAIL = Pattern.compile("(?i)e_?mail|email_address");
    private static final Pattern IDENTITY_TABLE = Pattern.compile(
            "(?i)users?|accounts?|members?|customers?|people|persons?|admins?|employees?|contacts?");

    public EmailNotUnique() {
        super("design-email-not-unique", Category.MODELLING, Severity.WARNING, Scope.TABLE);
    }

    @Override
    public boolean heuristic() {
        return true;
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        if (!IDENTITY_TABLE.matcher(table.name().name()).matches()) {
            return;
        }
        for (Column c : table.columns()) {
            if (EMAIL.matcher(c.name()).matches()) {
                checkEmail(table, c, out);
            }
        }
    }

    private static void checkEmail(Table table, Column c, FindingCollector out) {
        String name = table.name() + "." + c.name();
        ObjectPath path = ObjectPath.column(table.name(), c.name());
        boolean exactUnique = table.uniqueColumnSets().contains(List.of(c.name()));
        boolean caseInsensitive = c.type().name().equals("citext") || c.type().name().equals("varchar_ignorecase")
                || c.collation() != null; // a nondeterministic collation may be case-insensitive: give it the benefit
        boolean lowerUnique = table.indexes().stream().anyMatch(i -> i.unique() && i.keys().size() == 1
                && !i.keys().get(0).isColumn() && isLowerOf(i.keys().get(0).expression(), c.name()));
        Fix notNull = Fix.of("Make " + name + " NOT NULL", new SchemaEdit.SetNotNull(table.name(), c.name(), true));
        String nullable = c.nullable() ? " and is nullable" : "";
        if (lowerUnique || exactUnique && caseInsensitive) {
            if (c.nullable()) {
                out.reportGuess(Severity.INFO, 0.7, path, "Email column " + name + " is nullable.", notNull);
            }
            return;
        }
        List<Fix> fixes = new ArrayList<>();
        if (caseInsensitive) {
            fixes.add(Fix.of("Make " + name + " unique", new SchemaEdit.AddUniqueConstraint(table.name(),
                    UniqueConstraint.of(Edits.constraintName(table, List.of(c.name()), "key"), c.name()))));
        } else {
            Index lower = new Index(Edits.indexName(table, List.of("lower", c.name())), true, "btree",
                    List.of(IndexKey.expression("lower(" + c.name() + ")")), List.of(), null, false);
            fixes.add(Fix.of("Add unique index on lower(" + c.name() + ")", new SchemaEdit.AddIndex(table.name(), lower)));
        }
        if (c.nullable()) {
            fixes.add(notNull);
        }
        if (exactUnique) {
            out.reportGuess(Severity.INFO, 0.7, path, "Email column " + name + " is unique only case-sensitively" + nullable + ".",
                    fixes.toArray(Fix[]::new));
        } else {
            out.reportGuess(0.85, path, "Email column " + name + " is not unique" + nullable + ".", fixes.toArray(Fix[]::new));
        }
    }

    static boolean isLowerOf(String expression, String column) {
        // lower((email)::text) as PostgreSQL prints it is the same as lower(email)
        String e = SqlText.normalized(SqlText.stripParens(expression)).replaceAll("\\(\\(([^()]+)\\)\\)", "($1)");
        return e.equals("lower(" + column.toLowerCase(java.util.Locale.ROOT) + ")");
    }
}

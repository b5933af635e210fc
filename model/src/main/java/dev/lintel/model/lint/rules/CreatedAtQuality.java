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
import java.util.ArrayList;
import java.util.List;

/**
 * Audit timestamps that can lie: created_at (and updated_at) that is nullable, has no time zone,
 * or has no default, so rows get no or ambiguous creation times.
 */
public final class CreatedAtQuality extends TableRule {
    private static final String[] AUDIT_NAMES = {"created_at", "created", "creation_date", "inserted_at", "created_on",
            "updated_at", "modified_at"};

    public CreatedAtQuality() {
        super("design-created-at-quality", Category.MODELLING, Severity.WARNING, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        ColumnNames names = ctx.columnNames(table);
        for (int i = 0; i < table.columns().size(); i++) {
            Column c = table.columns().get(i);
            if (!isAuditName(names, i) || !(DataTypes.isTimestamp(c.type()) || c.type().name().equals("date"))) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            List<SchemaEdit> edits = new ArrayList<>();
            if (c.type().name().equals("timestamp")) {
                problems.add("has no time zone");
                edits.add(new SchemaEdit.SetColumnType(table.name(), c.name(), new DataType("timestamptz", c.type().args(), 0, null)));
            }
            if (c.nullable()) {
                problems.add("is nullable");
                edits.add(new SchemaEdit.SetNotNull(table.name(), c.name(), true));
            }
            boolean noDefault = c.defaultExpression() == null && c.generatedExpression() == null;
            if (noDefault) {
                problems.add("has no default");
                edits.add(new SchemaEdit.SetDefault(table.name(), c.name(), "now()"));
            }
            if (problems.isEmpty()) {
                continue;
            }
            // A missing default alone is milder: the application may always set it.
            Severity severity = problems.size() == 1 && noDefault ? Severity.INFO : Severity.WARNING;
            String name = table.name() + "." + c.name();
            out.report(severity, ObjectPath.column(table.name(), c.name()),
                    "Timestamp " + name + " " + join(problems) + ".",
                    new Fix("Make " + name + " timestamptz NOT NULL DEFAULT now()", edits));
        }
    }

    /** The pattern {@code (?i)created_at|created|creation_date|inserted_at|created_on|updated_at|modified_at}. */
    static boolean isAuditName(ColumnNames n, int i) {
        return n.is(i, AUDIT_NAMES);
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}

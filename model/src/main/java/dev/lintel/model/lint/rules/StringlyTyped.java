package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.ColumnNames;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.Scope;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.TableRule;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataTypes;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Table;

/**
 * Text holding a value that has a proper type, judged by the name: times and dates
 * ({@code *_at}, {@code *_date}), flags ({@code is_*}, {@code has_*} as text or integer), UUIDs in
 * {@code char(36)}/{@code varchar(36)}, counts and quantities. The database then accepts any
 * string, sorts them as text and cannot do date or number arithmetic.
 */
public final class StringlyTyped extends TableRule {
    private static final String[] TEMPORAL_NAMES = {"date", "timestamp", "birthday", "dob"};

    public StringlyTyped() {
        super("design-stringly-typed", Category.TYPES, Severity.INFO, Scope.TABLE);
    }

    @Override
    public boolean heuristic() {
        return true;
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        ColumnNames names = ctx.columnNames(table);
        for (int i = 0; i < table.columns().size(); i++) {
            Column c = table.columns().get(i);
            String should = shouldBe(c, names, i);
            if (should != null) {
                out.reportGuess(should.equals("uuid") ? 0.8 : 0.6, ObjectPath.column(table.name(), c.name()),
                        "Column " + table.name() + "." + c.name() + " is " + c.type() + " but its name says it holds a "
                                + should + " value; the database cannot check or compare it as one.");
            }
        }
    }

    private static String shouldBe(Column c, ColumnNames names, int i) {
        if (c.type().isArray() || c.type().isUserDefined()) {
            return null;
        }
        boolean text = DataTypes.isText(c.type()) && !c.type().name().equals("citext");
        if (text && temporal(names, i)) {
            return "date/time";
        }
        if (flag(names, i) && (text || DataTypes.isInteger(c.type()) && Types.intBytes(c.type()) > 1)) {
            return "boolean";
        }
        if (text && uuid(names, i) && Types.stringCapacity(c.type()) == 36) {
            return "uuid";
        }
        if (text && number(names, i)) {
            return "numeric";
        }
        return null;
    }

    // Plain string checks, once the patterns (?i).+_(at|date|time|timestamp|on)|date|timestamp|birthday|dob,
    // (?i)(is|has|can|should)_.+, (?i)(.+_)?(uuid|guid)|.+_id and (?i)(.+_)?(count|qty|quantity|age|year).

    static boolean temporal(ColumnNames n, int i) {
        return n.endsWith(i, "_at") || n.endsWith(i, "_date") || n.endsWith(i, "_time") || n.endsWith(i, "_timestamp")
                || n.endsWith(i, "_on") || n.is(i, TEMPORAL_NAMES);
    }

    static boolean flag(ColumnNames n, int i) {
        return n.startsWith(i, "is_") || n.startsWith(i, "has_") || n.startsWith(i, "can_") || n.startsWith(i, "should_");
    }

    static boolean uuid(ColumnNames n, int i) {
        return n.isOrEndsWithWord(i, "uuid") || n.isOrEndsWithWord(i, "guid") || n.endsWith(i, "_id");
    }

    static boolean number(ColumnNames n, int i) {
        return n.isOrEndsWithWord(i, "count") || n.isOrEndsWithWord(i, "qty") || n.isOrEndsWithWord(i, "quantity")
                || n.isOrEndsWithWord(i, "age") || n.isOrEndsWithWord(i, "year");
    }
}

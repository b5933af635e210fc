package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.Scope;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.TableRule;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataTypes;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Table;
import java.util.regex.Pattern;

/**
 * Text holding a value that has a proper type, judged by the name: times and dates
 * ({@code *_at}, {@code *_date}), flags ({@code is_*}, {@code has_*} as text or integer), UUIDs in
 * {@code char(36)}/{@code varchar(36)}, counts and quantities. The database then accepts any
 * string, sorts them as text and cannot do date or number arithmetic.
 */
public final class StringlyTyped extends TableRule {
    private static final Pattern TEMPORAL = Pattern.compile("(?i).+_(at|date|time|timestamp|on)|date|timestamp|birthday|dob");
    private static final Pattern FLAG = Pattern.compile("(?i)(is|has|can|should)_.+");
    private static final Pattern UUID = Pattern.compile("(?i)(.+_)?(uuid|guid)|.+_id");
    private static final Pattern NUMBER = Pattern.compile("(?i)(.+_)?(count|qty|quantity|age|year)");

    public StringlyTyped() {
        super("design-stringly-typed", Category.TYPES, Severity.INFO, Scope.TABLE);
    }

    @Override
    public boolean heuristic() {
        return true;
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (Column c : table.columns()) {
            String should = shouldBe(c);
            if (should != null) {
                out.reportGuess(should.equals("uuid") ? 0.8 : 0.6, ObjectPath.column(table.name(), c.name()),
                        "Column " + table.name() + "." + c.name() + " is " + c.type() + " but its name says it holds a "
                                + should + " value; the database cannot check or compare it as one.");
            }
        }
    }

    private static String shouldBe(Column c) {
        if (c.type().isArray() || c.type().isUserDefined()) {
            return null;
        }
        boolean text = DataTypes.isText(c.type()) && !c.type().name().equals("citext");
        String n = c.name();
        if (text && TEMPORAL.matcher(n).matches()) {
            return "date/time";
        }
        if (FLAG.matcher(n).matches() && (text || DataTypes.isInteger(c.type()) && Types.intBytes(c.type()) > 1)) {
            return "boolean";
        }
        if (text && UUID.matcher(n).matches() && Types.stringCapacity(c.type()) == 36) {
            return "uuid";
        }
        if (text && NUMBER.matcher(n).matches()) {
            return "numeric";
        }
        return null;
    }
}

package dev.lintel.model.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lintel.model.lint.ColumnNames;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.LintSettings;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** design-stringly-typed's plain string checks mean exactly what its former case-insensitive patterns meant. */
class StringlyTypedNamesTest {
    private static final Pattern TEMPORAL = Pattern.compile("(?i).+_(at|date|time|timestamp|on)|date|timestamp|birthday|dob");
    private static final Pattern FLAG = Pattern.compile("(?i)(is|has|can|should)_.+");
    private static final Pattern UUID = Pattern.compile("(?i)(.+_)?(uuid|guid)|.+_id");
    private static final Pattern NUMBER = Pattern.compile("(?i)(.+_)?(count|qty|quantity|age|year)");
    // Pieces that hit the patterns' edges: words in both cases, separators, a line break, and
    // letters whose Unicode case folding is not ASCII's (Kelvin sign, dotless i).
    private static final String[] PIECES = {"is", "IS", "has", "_", "at", "AT", "date", "Date", "time", "timestamp", "on",
            "uuid", "GUID", "id", "Id", "count", "qty", "quantity", "age", "year", "dob", "birthday", "x", "\n",
            "\u212A", "\u0131d", "should", "can"};

    @Test
    void stringChecksAgreeWithThePatterns() {
        Random random = new Random(7);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(4);
            for (int p = 0; p < pieces; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            columns.add(Column.of(sb.toString(), DataType.of("text")));
        }
        Table table = Table.of(new QualifiedName("public", "t"), columns);
        LintContext ctx = new LintContext(Schema.ofTables(List.of(table)), LintSettings.defaults());
        ColumnNames names = ctx.columnNames(table);
        for (int i = 0; i < columns.size(); i++) {
            String n = columns.get(i).name();
            assertEquals(TEMPORAL.matcher(n).matches(), StringlyTyped.temporal(names, i), "temporal <" + n + ">");
            assertEquals(FLAG.matcher(n).matches(), StringlyTyped.flag(names, i), "flag <" + n + ">");
            assertEquals(UUID.matcher(n).matches(), StringlyTyped.uuid(names, i), "uuid <" + n + ">");
            assertEquals(NUMBER.matcher(n).matches(), StringlyTyped.number(names, i), "number <" + n + ">");
        }
    }
}

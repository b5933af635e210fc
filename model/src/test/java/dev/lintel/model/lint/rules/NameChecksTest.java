package dev.lintel.model.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.lint.ColumnNames;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.lint.LintSettings;
import dev.lintel.model.lint.Linter;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rules' plain string checks on names mean exactly what their former case-insensitive patterns
 * meant (the patterns are kept here as the oracle), on random names built from pieces that hit the
 * patterns' edges: their words in both cases, separators, a line break, and letters whose Unicode
 * case folding is not ASCII's (Kelvin sign, dotless i).
 */
class NameChecksTest {
    private static final String[] PIECES = {"type", "TYPE", "Type", "kind", "dtype", "discriminator", "class", "_name", "_",
            "ids", "Ids", "IDS", "_list", "_csv", "list", "tags", "emails", "roles", "keywords", "categories", "labels",
            "permissions", "phones", "phone_numbers", "recipients", "scopes", "groups", "status", "STATUS", "state", "role",
            "category", "level", "priority", "stage", "phase", "mode", "gender", "currency", "country_code", "created",
            "created_at", "_at", "creation_date", "inserted_at", "created_on", "updated_at", "modified_at", "is_", "deleted",
            "Deleted", "archived", "removed", "discarded", "metadata", "meta", "data", "extra", "s", "attributes", "attrs",
            "properties", "props", "payload", "details", "info", "settings", "config", "options", "custom_fields", "params",
            "x", "\n", "\r", "\u212A", "\u0131", "id", "d"};

    private record Check(String name, Pattern oracle, BiPredicate<ColumnNames, Integer> check) {
    }

    private static final List<Check> CHECKS = List.of(
            new Check("sti discriminator", Pattern.compile("(?i)type|kind|dtype|discriminator|.+_type|class_name"),
                    StiWideTable::isDiscriminator),
            new Check("delimited ids", Pattern.compile("(?i).+_ids|.+Ids"), DelimitedList::ids),
            new Check("delimited list", Pattern.compile("(?i).+_(list|csv)|tags|emails|roles|keywords|categories|labels"
                    + "|permissions|phones|phone_numbers|recipients|scopes|groups|ids"), DelimitedList::list),
            new Check("status strong", Pattern.compile("(?i)status|state|role"), UnconstrainedStatus::strong),
            new Check("status exact", Pattern.compile(
                    "(?i)type|kind|category|level|priority|stage|phase|mode|gender|currency|country_code"), UnconstrainedStatus::exact),
            new Check("status suffix", Pattern.compile("(?i).+_(status|state|type|kind|role)"), UnconstrainedStatus::suffix),
            new Check("audit timestamp", Pattern.compile(
                    "(?i)created_at|created|creation_date|inserted_at|created_on|updated_at|modified_at"), CreatedAtQuality::isAuditName),
            new Check("soft-delete flag", Pattern.compile("(?i)is_deleted|deleted|is_archived|archived|removed"),
                    SoftDeleteFlag::isFlagName),
            new Check("soft-delete stamp", Pattern.compile("(?i)deleted_at|archived_at|discarded_at"), SoftDeleteFlag::isStampName),
            new Check("json catch-all", Pattern.compile("(?i)metadata|meta|data|extra|extras|attributes|attrs"
                    + "|properties|props|payload|details|info|settings|config|options|custom_fields|params"),
                    JsonCatchall::isCatchallName));

    @Test
    void stringChecksAgreeWithThePatterns() {
        List<Column> columns = randomColumns(new Random(11), 60_000);
        Table table = Table.of(new QualifiedName("public", "t"), columns);
        ColumnNames names = new LintContext(Schema.ofTables(List.of(table)), LintSettings.defaults()).columnNames(table);
        int[] hits = new int[CHECKS.size()];
        for (int i = 0; i < columns.size(); i++) {
            String n = columns.get(i).name();
            for (int k = 0; k < CHECKS.size(); k++) {
                Check check = CHECKS.get(k);
                boolean expected = check.oracle().matcher(n).matches();
                assertEquals(expected, check.check().test(names, i), check.name() + " <" + n + ">");
                hits[k] += expected ? 1 : 0;
            }
        }
        for (int k = 0; k < CHECKS.size(); k++) {
            assertTrue(hits[k] > 0, "the random names never match " + CHECKS.get(k).name() + ": the comparison proves nothing");
        }
    }

    @Test
    void namingConventionChecksAgreeWithItsCaseSensitivePatterns() {
        Pattern fk = Pattern.compile(".*_fkey|fk_.*");
        Pattern unique = Pattern.compile(".*_key|uq_.*|uk_.*");
        Pattern index = Pattern.compile(".*_idx|idx_.*|ix_.*");
        String[] pieces = {"_fkey", "fk_", "FK_", "_FKEY", "_key", "uq_", "uk_", "_idx", "idx_", "ix_", "IX_", "key", "fk", "x",
                "_", "\n", "\r", "\u0085", "\u2028", "\u2029", "\t", "\u212A"};
        Random random = new Random(3);
        int[] hits = new int[3];
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(4);
            for (int p = 0; p < n; p++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String name = sb.toString();
            boolean f = fk.matcher(name).matches();
            boolean u = unique.matcher(name).matches();
            boolean x = index.matcher(name).matches();
            assertEquals(f, NamingConvention.isForeignKeyName(name), "fk <" + name + ">");
            assertEquals(u, NamingConvention.isUniqueName(name), "unique <" + name + ">");
            assertEquals(x, NamingConvention.isIndexName(name), "index <" + name + ">");
            hits[0] += f ? 1 : 0;
            hits[1] += u ? 1 : 0;
            hits[2] += x ? 1 : 0;
        }
        assertTrue(hits[0] > 0 && hits[1] > 0 && hits[2] > 0, "the random names never match a pattern: " + List.of(hits[0], hits[1], hits[2]));
    }

    @Test
    void reservedWordsFoundAsTheDialectSaysWhateverTheCase() {
        List<String> names = new ArrayList<>();
        Random random = new Random(5);
        String[] pieces = {"user", "USER", "User", "order", "Order", "group", "select", "SeLeCt", "key", "limit", "\u0131",
                "\u212A", "\u00e9", "\u0131n", "jo\u0131n", "_", "x", "s", "table", "TABLE", "offset", "column", "end"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(2);
            for (int p = 0; p < n; p++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            names.add(sb.toString());
        }
        Set<String> distinct = new HashSet<>(names);
        List<Column> columns = distinct.stream().sorted().map(n -> Column.of(n, DataType.of("text"))).toList();
        Table table = Table.of(new QualifiedName("public", "t"), columns);
        Linter linter = new Linter(List.of(new ReservedWord()));
        for (Dialect d : Dialect.values()) {
            LintResult result = linter.lint(Schema.ofTables(List.of(table)), LintSettings.defaults().withTargetDialect(d));
            Set<ObjectPath> flagged = new HashSet<>();
            result.findings().forEach(f -> flagged.add(f.object()));
            int reserved = 0;
            for (Column c : columns) {
                boolean expected = d.reservedWords().contains(c.name().toUpperCase(Locale.ROOT));
                reserved += expected ? 1 : 0;
                assertEquals(expected, flagged.contains(ObjectPath.column(table.name(), c.name())), d + " <" + c.name() + ">");
            }
            assertTrue(reserved > 10, "too few reserved names in " + d + " to prove anything: " + reserved);
        }
    }

    private static List<Column> randomColumns(Random random, int count) {
        List<Column> columns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(3);
            for (int p = 0; p < pieces; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            columns.add(Column.of(sb.toString(), DataType.of("text")));
        }
        return columns;
    }
}

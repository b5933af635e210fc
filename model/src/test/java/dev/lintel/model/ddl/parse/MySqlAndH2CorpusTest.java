package dev.lintel.model.ddl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * MySQL and H2 corpus files have no catalog truth: the expected tables and column counts are
 * derived independently by a crude line-based count of each CREATE TABLE body (one column per
 * line that starts with a name and is not a constraint or key line).
 */
class MySqlAndH2CorpusTest {
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?im)^\\s*CREATE\\s+(?:MEMORY\\s+|CACHED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?[`\"]?(\\w+)[`\"]?\\s*\\(");
    private static final Pattern COLUMN_START = Pattern.compile("(?i)[`\"]?\\w+[`\"]?\\s+\\w+");
    private static final Pattern NOT_A_COLUMN = Pattern.compile(
            "(?i)(PRIMARY|KEY|INDEX|UNIQUE|CONSTRAINT|FOREIGN|FULLTEXT|SPATIAL|CHECK)\\b");
    private static final Pattern ALTER_TABLE = Pattern.compile("(?i)ALTER\\s+TABLE\\s+[`\"]?(\\w+)[`\"]?([^;]*)");
    private static final Pattern ADD_COLUMN = Pattern.compile(
            "(?i)\\bADD\\s+(?:COLUMN\\s+)?(?!CONSTRAINT\\b|PRIMARY\\b|UNIQUE\\b|FOREIGN\\b|INDEX\\b|KEY\\b|CHECK\\b)[`\"]?\\w+[`\"]?\\s+\\w+");
    private static final Pattern DROP_COLUMN = Pattern.compile("(?i)\\bDROP\\s+COLUMN\\b");

    @TestFactory
    Stream<DynamicTest> mysqlFilesRecoverEveryTableAndColumn() {
        return Corpus.files("mysql").stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f, Dialect.MYSQL)));
    }

    @TestFactory
    Stream<DynamicTest> h2FilesRecoverEveryTableAndColumn() {
        return Corpus.files("h2").stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f, Dialect.H2)));
    }

    private static void check(Path file, Dialect dialect) throws IOException {
        String text = DdlImporter.decode(Files.readAllBytes(file));
        TreeMap<String, Integer> expected = expectedColumnCounts(MySqlVersionComments.unwrap(text), dialect);
        DdlImportResult result = new DdlImporter().importFile(file, dialect);
        TreeMap<String, Integer> actual = new TreeMap<>();
        for (Table t : result.schema().tables()) {
            actual.put(t.name().name().toLowerCase(Locale.ROOT), t.columns().size());
        }
        List<Diagnostic> warnings = result.diagnostics().stream().filter(d -> d.severity() != Diagnostic.Severity.INFO).toList();
        System.out.printf("%-6s %-24s tables %d/%d, columns %d/%d, diagnostics %d (warnings %d)%n", dialect.id(),
                file.getFileName(), actual.size(), expected.size(), actual.values().stream().mapToInt(i -> i).sum(),
                expected.values().stream().mapToInt(i -> i).sum(), result.diagnostics().size(), warnings.size());
        warnings.stream().limit(10).forEach(w -> System.out.println("   " + w + " | " + w.excerpt()));
        assertEquals(expected, actual, file + ": tables and column counts");
        assertEquals(List.of(), warnings, file + ": warnings");
    }

    /**
     * Table name to column count: the CREATE TABLE body split at top-level commas, counting the
     * elements that start with a name and a type word and are not keys or constraints; then each
     * ALTER TABLE adds one per {@code ADD [COLUMN] name type} and removes one per {@code DROP COLUMN}
     * (in H2, one per column listed after it).
     */
    static TreeMap<String, Integer> expectedColumnCounts(String text, Dialect dialect) {
        TreeMap<String, Integer> counts = new TreeMap<>();
        String noComments = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\n]*", "");
        Matcher m = CREATE_TABLE.matcher(noComments);
        while (m.find()) {
            int columns = 0;
            int depth = 1;
            StringBuilder element = new StringBuilder();
            for (int i = m.end(); i < noComments.length() && depth > 0; i++) {
                char c = noComments.charAt(i);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth == 0 || depth == 1 && c == ',') {
                    String e = element.toString().strip();
                    if (COLUMN_START.matcher(e).lookingAt() && !NOT_A_COLUMN.matcher(e).lookingAt()) {
                        columns++;
                    }
                    element.setLength(0);
                } else {
                    element.append(c);
                }
            }
            counts.put(m.group(1).toLowerCase(Locale.ROOT), columns);
        }
        Matcher alter = ALTER_TABLE.matcher(noComments);
        while (alter.find()) {
            String actions = alter.group(2);
            int delta = 0;
            Matcher add = ADD_COLUMN.matcher(actions);
            while (add.find()) {
                delta++;
            }
            Matcher drop = DROP_COLUMN.matcher(actions);
            while (drop.find()) {
                // H2's ALTER TABLE has one action, so DROP COLUMN a, b drops every listed column.
                delta -= dialect == Dialect.H2 ? actions.substring(drop.end()).split(",").length : 1;
            }
            int d = delta;
            counts.computeIfPresent(alter.group(1).toLowerCase(Locale.ROOT), (k, v) -> v + d);
        }
        return counts;
    }
}

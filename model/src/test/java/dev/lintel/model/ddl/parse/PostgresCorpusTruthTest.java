package dev.lintel.model.ddl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every PostgreSQL corpus file against the catalog PostgreSQL itself built from it
 * ({@code corpus/truth/<name>.json}): the import must recover the same tables, columns (names,
 * order, nullability), constraint names and non-constraint index names, with no warnings.
 */
class PostgresCorpusTruthTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> importMatchesThePostgresCatalog() {
        return Corpus.files("postgresql").stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        String name = file.getFileName().toString().replace(".sql", "");
        Path truthFile = Corpus.require().resolve("truth/" + name + ".json");
        DdlImportResult result = new DdlImporter().importFile(file, Dialect.POSTGRES);
        JsonNode truth = JSON.readTree(truthFile.toFile());
        List<String> problems = compare(result.schema(), truth);
        List<Diagnostic> warnings = result.diagnostics().stream()
                .filter(d -> d.severity() != Diagnostic.Severity.INFO).toList();
        System.out.printf("%-20s tables %d/%d, columns %d/%d, diagnostics %d (warnings %d), mismatches %d%n", name,
                result.schema().tables().size(), truth.get("tables").size(), countColumns(result.schema()),
                truth.get("summary").get("columns").asInt(), result.diagnostics().size(), warnings.size(), problems.size());
        problems.stream().limit(15).forEach(p -> System.out.println("   " + p));
        warnings.stream().limit(10).forEach(w -> System.out.println("   " + w + " | " + w.excerpt()));
        assertEquals(List.of(), problems, name + ": model differs from the PostgreSQL catalog");
        assertEquals(List.of(), warnings, name + ": warnings for DDL PostgreSQL accepted");
    }

    private static int countColumns(Schema schema) {
        return schema.tables().stream().mapToInt(t -> t.columns().size()).sum();
    }

    static List<String> compare(Schema schema, JsonNode truth) {
        List<String> problems = new ArrayList<>();
        Map<String, Table> ours = new TreeMap<>();
        schema.tables().forEach(t -> ours.put(t.name().toString(), t));
        TreeSet<String> truthTables = new TreeSet<>();
        for (JsonNode t : truth.get("tables")) {
            String key = t.get("schema").asText() + "." + t.get("name").asText();
            truthTables.add(key);
            Table table = ours.get(key);
            if (table == null) {
                problems.add("missing table " + key);
                continue;
            }
            List<String> expectedColumns = new ArrayList<>();
            for (JsonNode c : t.get("columns")) {
                if (c.get("is_local").asBoolean()) {
                    expectedColumns.add(c.get("name").asText() + (c.get("not_null").asBoolean() ? " NOT NULL" : ""));
                }
            }
            List<String> actualColumns = table.columns().stream()
                    .map(c -> c.name() + (c.nullable() ? "" : " NOT NULL")).toList();
            if (!expectedColumns.equals(actualColumns) && !(table.isPartition() && actualColumns.isEmpty())) {
                problems.add(key + " columns " + actualColumns + " expected " + expectedColumns);
            }
            TreeSet<String> expectedConstraints = new TreeSet<>();
            for (String kind : List.of("unique_constraints", "foreign_keys", "check_constraints", "exclusion_constraints")) {
                for (JsonNode c : t.get(kind)) {
                    if (isOwn(c)) {
                        expectedConstraints.add(c.get("name").asText());
                    }
                }
            }
            if (t.hasNonNull("primary_key") && isOwn(t.get("primary_key"))) {
                expectedConstraints.add(t.get("primary_key").get("name").asText());
            }
            TreeSet<String> actualConstraints = new TreeSet<>(table.constraints().stream().map(Constraint::name).toList());
            if (!expectedConstraints.equals(actualConstraints)) {
                problems.add(key + " constraints " + diff(actualConstraints, expectedConstraints));
            }
            TreeSet<String> expectedIndexes = new TreeSet<>();
            for (JsonNode i : t.get("indexes")) {
                if (!i.get("constraint_backed").asBoolean()) {
                    expectedIndexes.add(i.get("name").asText());
                }
            }
            TreeSet<String> actualIndexes = new TreeSet<>(table.indexes().stream().map(Index::name).toList());
            if (!expectedIndexes.equals(actualIndexes) && !(table.isPartition() && expectedIndexes.containsAll(actualIndexes))) {
                problems.add(key + " indexes " + diff(actualIndexes, expectedIndexes));
            }
        }
        for (String extra : ours.keySet()) {
            if (!truthTables.contains(extra)) {
                problems.add("extra table " + extra);
            }
        }
        return problems;
    }

    /** Constraints a partition or child inherits are the parent's, not listed on the child. */
    private static boolean isOwn(JsonNode constraint) {
        return constraint.path("is_local").asBoolean(true) && !constraint.path("inherited_from_partition_parent").asBoolean(false);
    }

    private static String diff(TreeSet<String> actual, TreeSet<String> expected) {
        TreeSet<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        TreeSet<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        return "missing " + missing + " extra " + extra;
    }

}

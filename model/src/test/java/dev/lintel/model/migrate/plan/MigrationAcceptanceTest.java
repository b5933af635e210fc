package dev.lintel.model.migrate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.diff.RenameHints;
import dev.lintel.model.diff.SchemaDiff;
import dev.lintel.model.diff.SchemaDiffer;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.testing.CatalogComparison;
import dev.lintel.model.testing.CatalogSnapshot;
import dev.lintel.model.testing.Goldens;
import dev.lintel.model.testing.PostgresServer;
import dev.lintel.model.testing.ScriptError;
import dev.lintel.model.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import dev.lintel.model.migrate.review.MigrationReviewer;
import dev.lintel.model.migrate.review.ReviewFinding;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The migration acceptance cases ({@code src/test/resources/migrations/<case>/}): for each, the
 * plan from {@code before.sql} to {@code after.sql} (with {@code renames.txt} hints) must match
 * {@code expected.txt}, and the generated psql script, run by real psql with ON_ERROR_STOP on a
 * database holding {@code before} and {@code data.sql}, must leave a catalog identical to a
 * database built from {@code after.sql} (the oracle), with every row still there.
 * A case whose {@code expected.txt} says "not planned" asserts only the plan: PostgreSQL cannot
 * make that change, and the plan says so.
 */
class MigrationAcceptanceTest {
    static final Path CASES = Goldens.resourcesRoot().resolve("migrations");

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(CASES)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 20, "acceptance cases: " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> run(c)));
    }

    static MigrationPlan plan(Path dir, Dialect dialect) throws IOException {
        Schema before = load(dir.resolve("before.sql"));
        Schema after = load(dir.resolve("after.sql"));
        Path renames = dir.resolve("renames.txt");
        RenameHints hints = Files.exists(renames)
                ? RenameHints.parse(Files.readAllLines(renames).stream().filter(l -> !l.isBlank()).toList())
                : RenameHints.none();
        SchemaDiff diff = new SchemaDiffer().diff(before, after, hints);
        return new MigrationPlanner().plan(diff, before, after, dialect, Dialect.POSTGRES);
    }

    static Schema load(Path file) throws IOException {
        return new DdlImporter().importFile(file, Dialect.POSTGRES).schema();
    }

    private static void run(Path dir) throws Exception {
        MigrationPlan plan = plan(dir, Dialect.POSTGRES);
        Goldens.assertMatches(dir.resolve("expected.txt"), PlanSummary.text(plan));
        if (!plan.notes().isEmpty()) {
            return;
        }
        String script = new PsqlScriptWriter().write(plan, true);
        assertReviewClean(dir, plan, script);
        PostgresServer server = PostgresServer.shared();
        try (TestDatabase migrated = server.createDatabase("mig"); TestDatabase oracle = server.createDatabase("oracle")) {
            assertNoErrors("before.sql", migrated.executeScriptFile(dir.resolve("before.sql"), true));
            Path data = dir.resolve("data.sql");
            if (Files.exists(data)) {
                assertNoErrors("data.sql", migrated.executeScriptFile(data, true));
            }
            Map<String, Long> rowsBefore = rowCounts(migrated);
            assertNoErrors("migration\n" + script, migrated.executeScript(script, true));
            assertNoErrors("after.sql", oracle.executeScriptFile(dir.resolve("after.sql"), true));
            JsonNode expected;
            JsonNode actual;
            try (Connection a = migrated.connect(); Connection e = oracle.connect()) {
                actual = CatalogSnapshot.take(a, "migrated");
                expected = CatalogSnapshot.take(e, "after.sql");
            }
            CatalogComparison comparison = CatalogComparison.compare(expected, actual);
            assertTrue(comparison.isPerfect(), comparison.report(30) + "\n--- script ---\n" + script);
            Map<String, Long> rowsAfter = rowCounts(migrated);
            rowsBefore.forEach((table, rows) -> {
                if (rowsAfter.containsKey(table)) {
                    assertEquals(rows, rowsAfter.get(table), "rows of " + table);
                }
            });
            if (Files.exists(data)) {
                assertTrue(rowsBefore.values().stream().mapToLong(Long::longValue).sum() > 0, "data.sql loaded no rows");
            }
        }
    }

    /**
     * The review engine must find nothing in the script Lintel writes by default, and in the full
     * script only statements of steps that wait for acknowledgement (the hazards the plan names).
     */
    private static void assertReviewClean(Path dir, MigrationPlan plan, String fullScript) throws IOException {
        String beforeSql = Files.readString(dir.resolve("before.sql"));
        MigrationReviewer reviewer = new MigrationReviewer();
        String safe = new PsqlScriptWriter().write(plan, false);
        List<String> safeFindings = reviewer.reviewAgainstSql(safe, "plan.sql", beforeSql).findings().stream()
                .map(MigrationAcceptanceTest::describe).toList();
        assertTrue(safeFindings.isEmpty(), "review of the default script: " + safeFindings + "\n" + safe);
        Set<String> held = plan.heldBack(false).stream().map(s -> s.sql().strip()).collect(Collectors.toSet());
        List<String> unacknowledged = reviewer.reviewAgainstSql(fullScript, "plan.sql", beforeSql).findings().stream()
                .filter(f -> !held.contains(f.statement().statement().text().strip().replaceAll(";$", "")))
                .map(MigrationAcceptanceTest::describe).toList();
        assertTrue(unacknowledged.isEmpty(), "review of the full script: " + unacknowledged + "\n" + fullScript);
    }

    private static String describe(ReviewFinding f) {
        return f.finding().ruleId() + " at " + f.statement().statement().excerpt(80) + ": " + f.problem();
    }

    private static void assertNoErrors(String what, List<ScriptError> errors) {
        assertTrue(errors.isEmpty(), what + ": " + errors);
    }

    /** Exact row counts of every user table (matched by schema.table; renamed tables are checked by name after). */
    static Map<String, Long> rowCounts(TestDatabase db) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables "
                    + "WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        }
        return out;
    }
}

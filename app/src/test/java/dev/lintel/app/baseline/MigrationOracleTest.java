package dev.lintel.app.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.model.testing.CatalogComparison;
import dev.lintel.model.testing.CatalogSnapshot;
import dev.lintel.model.testing.PostgresServer;
import dev.lintel.model.testing.ScriptError;
import dev.lintel.model.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The oracle for what the Generate Migration dialog exports: the script, run by real psql on a
 * throwaway PostgreSQL holding the baseline (and some rows), leaves the same catalog as a database
 * built from the current schema's DDL.
 */
class MigrationOracleTest {
    @TempDir
    Path dir;

    private void assertMigrates(MigrationViewModel vm, String beforeSql, String data, String afterSql, String rowsQuery, long rows)
            throws Exception {
        vm.acknowledgedProperty().set(true);
        Path script = dir.resolve("migration.sql");
        vm.exportScript(script);
        PostgresServer server = PostgresServer.shared();
        try (TestDatabase migrated = server.createDatabase("baseline"); TestDatabase oracle = server.createDatabase("current")) {
            assertNoErrors(migrated.executeScript(beforeSql + data, true));
            assertNoErrors(migrated.executeScriptFile(script, true));
            assertNoErrors(oracle.executeScript(afterSql, true));
            JsonNode actual;
            JsonNode expected;
            try (Connection a = migrated.connect(); Connection e = oracle.connect()) {
                actual = CatalogSnapshot.take(a, "migrated");
                expected = CatalogSnapshot.take(e, "current");
                try (ResultSet r = a.createStatement().executeQuery(rowsQuery)) {
                    r.next();
                    assertEquals(rows, r.getLong(1), rowsQuery);
                }
            }
            CatalogComparison comparison = CatalogComparison.compare(expected, actual);
            assertTrue(comparison.isPerfect(), comparison.report(30) + "\n--- script ---\n" + Files.readString(script));
        }
    }

    private static void assertNoErrors(List<ScriptError> errors) {
        assertEquals(List.of(), errors);
    }

    @Test
    void theExportedScriptTakesTheBaselineToTheCurrentSchema() throws Exception {
        MigrationViewModel vm = new MigrationViewModel(BaselineSchemas.before(), BaselineSchemas.parse(BaselineSchemas.EDITED_SQL),
                new CurrentThreadTaskExecutor());
        assertMigrates(vm, BaselineSchemas.BEFORE_SQL, """
                INSERT INTO customer VALUES (1, 'ana'), (2, 'bo');
                INSERT INTO orders VALUES (10, 1, 'first order');
                INSERT INTO legacy VALUES (7);
                """, BaselineSchemas.EDITED_SQL, "SELECT count(*) FROM public.customer", 2);
    }

    @Test
    void aConfirmedRenameKeepsTheColumnsData() throws Exception {
        String renamed = BaselineSchemas.BEFORE_SQL.replace("note text", "remark text");
        MigrationViewModel vm = new MigrationViewModel(BaselineSchemas.before(), BaselineSchemas.parse(renamed),
                new CurrentThreadTaskExecutor());
        assertEquals("orders.note renamed to remark?", vm.renames().get(0).label());
        vm.renames().get(0).confirmedProperty().set(true);
        assertMigrates(vm, BaselineSchemas.BEFORE_SQL, """
                INSERT INTO customer VALUES (1, 'ana');
                INSERT INTO orders VALUES (10, 1, 'first order');
                """, renamed, "SELECT count(*) FROM public.orders WHERE remark = 'first order'", 1);
    }
}

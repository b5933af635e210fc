package dev.lintel.model.migrate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lintel.model.ddl.render.DdlRenderer;
import dev.lintel.model.ddl.render.RenderOptions;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.testing.CatalogComparison;
import dev.lintel.model.testing.H2CatalogSnapshot;
import dev.lintel.model.testing.H2Databases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * H2 plans: for the acceptance cases H2 can express (no enum types, CONCURRENTLY, partial
 * indexes or PostgreSQL-only functions), the plain-DDL migration applied to an in-process H2
 * database holding {@code before} must leave the catalog of a database built from {@code after}.
 * Both databases are built from Lintel's H2 export of the case's PostgreSQL schemas.
 */
class H2MigrationTest {
    private static final List<String> CASES = List.of("add_check", "add_column_plain", "add_foreign_key", "add_unique",
            "changed_check", "comments", "drop_column", "drop_constraints", "drop_not_null_and_defaults", "drop_table",
            "rename_column", "rename_table", "set_not_null", "type_change_no_rewrite", "type_change_rewrite", "views",
            "add_primary_key");

    @TestFactory
    Stream<DynamicTest> h2Cases() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c, () -> run(MigrationAcceptanceTest.CASES.resolve(c))));
    }

    private static void run(Path dir) throws Exception {
        MigrationPlan plan = MigrationAcceptanceTest.plan(dir, Dialect.H2);
        assertTrue(plan.notes().isEmpty(), plan.notes().toString());
        Schema before = MigrationAcceptanceTest.load(dir.resolve("before.sql"));
        Schema after = MigrationAcceptanceTest.load(dir.resolve("after.sql"));
        String script = new PsqlScriptWriter().write(plan, true);
        try (H2Databases.Database migrated = H2Databases.create("mig"); H2Databases.Database oracle = H2Databases.create("oracle")) {
            assertEquals(List.of(), migrated.executeScript(h2(before), true));
            assertEquals(List.of(), migrated.executeScript(script, true), script);
            assertEquals(List.of(), oracle.executeScript(h2(after), true));
            JsonNode expected;
            JsonNode actual;
            try (Connection m = migrated.connect(); Connection o = oracle.connect()) {
                actual = H2CatalogSnapshot.take(m, "migrated");
                expected = H2CatalogSnapshot.take(o, "after");
            }
            CatalogComparison comparison = CatalogComparison.compare(expected, actual);
            assertTrue(comparison.isPerfect(), comparison.report(30) + "\n--- script ---\n" + script);
        }
    }

    private static String h2(Schema schema) {
        return new DdlRenderer().render(schema, Dialect.H2, RenderOptions.defaults().withSourceDialect(Dialect.POSTGRES)).sql();
    }
}

package dev.lintel.model.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lintel.model.ddl.render.DdlRenderer;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.testing.CatalogComparison;
import dev.lintel.model.testing.CatalogSnapshot;
import dev.lintel.model.testing.PostgresServer;
import dev.lintel.model.testing.ScriptError;
import dev.lintel.model.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Hibernate 6 option against Hibernate 6.6 itself: the model's fixture entities, compiled here
 * against Jakarta Persistence 3.1, exported by Hibernate 6.6 and imported by Lintel with
 * {@link HibernateVersion#V6}; both loaded into fresh PostgreSQL databases, catalogs compared fact
 * for fact (as HibernateOracleTest does for 7.x in the model module).
 */
class Hibernate6OracleTest {
    private static final Map<String, Path> COMPILED = new ConcurrentHashMap<>();

    static Path fixtureFolder(String fixture) {
        return Path.of("../model/src/test/resources/jpa", fixture);
    }

    @Test
    void theOracleIsHibernateSix() {
        assertTrue(org.hibernate.Version.getVersionString().startsWith("6."), org.hibernate.Version.getVersionString());
    }

    @ParameterizedTest(name = "Hibernate 6: {0} with {1} naming")
    @CsvSource({
            "basics, SPRING", "basics, JPA",
            "relations, SPRING", "relations, JPA",
            "embedded, SPRING", "embedded, JPA",
            "inheritance, SPRING", "inheritance, JPA",
            "generators, SPRING", "generators, JPA",
            "clinic, SPRING", "clinic, JPA",
            "ordering, SPRING", "ordering, JPA"
            })
    void lintelCreatesWhatHibernateSixCreates(String fixture, JpaNaming naming) throws Exception {
        Path classes = COMPILED.computeIfAbsent(fixture, f -> HibernateOracle.compile(fixtureFolder(f)));
        String hibernateSql = HibernateOracle.createScript(classes, naming, "org.hibernate.dialect.PostgreSQLDialect");
        JpaImportResult imported = new JpaImporter().importFolder(fixtureFolder(fixture),
                new JpaImportOptions(naming, Dialect.POSTGRES, HibernateVersion.V6));
        assertEquals(List.of(), imported.diagnostics(), "a compiling fixture imports without diagnostics");
        String lintelSql = new DdlRenderer().render(imported.schema(), Dialect.POSTGRES).sql();

        PostgresServer server = PostgresServer.shared();
        try (TestDatabase expected = server.createDatabase("jpa6_hibernate_" + fixture);
             TestDatabase actual = server.createDatabase("jpa6_lintel_" + fixture)) {
            List<ScriptError> hibernateErrors = expected.executeScript(hibernateSql, true);
            assertEquals(List.of(), hibernateErrors, "Hibernate's own DDL loads:\n" + hibernateSql);
            List<ScriptError> lintelErrors = actual.executeScript(lintelSql, true);
            assertEquals(List.of(), lintelErrors, "Lintel's DDL loads:\n" + lintelSql);
            JsonNode truth;
            JsonNode ours;
            try (Connection e = expected.connect(); Connection a = actual.connect()) {
                truth = CatalogSnapshot.take(e, "hibernate");
                ours = CatalogSnapshot.take(a, "lintel");
            }
            CatalogComparison comparison = CatalogComparison.compare(truth, ours);
            assertTrue(truth.get("tables").size() > 0, "the fixture creates tables");
            assertTrue(comparison.isPerfect(), () -> fixture + "/" + naming + ": " + comparison.report(60)
                    + "\n--- Hibernate 6:\n" + hibernateSql + "\n--- Lintel:\n" + lintelSql);
        }
    }
}

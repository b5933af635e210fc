package dev.lintel.model.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lintel.model.ddl.render.DdlRenderer;
import dev.lintel.model.ddl.render.RenderOptions;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.testing.CatalogComparison;
import dev.lintel.model.testing.CatalogSnapshot;
import dev.lintel.model.testing.H2CatalogSnapshot;
import dev.lintel.model.testing.H2Databases;
import dev.lintel.model.testing.PostgresServer;
import dev.lintel.model.testing.ScriptError;
import dev.lintel.model.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hibernate is the oracle: for each fixture set (entity sources under src/test/resources/jpa) and
 * each naming, Hibernate 7 writes the DDL it would run and Lintel imports the same sources; both
 * are loaded into fresh PostgreSQL databases and the catalogs must be equal, fact for fact:
 * tables, columns (position, type, nullability, identity), keys, unique keys, foreign keys,
 * checks, indexes, sequences, with the same names.
 */
class HibernateOracleTest {
    private static final Map<String, Path> COMPILED = new ConcurrentHashMap<>();

    static Path classes(String fixture) {
        return COMPILED.computeIfAbsent(fixture, f -> HibernateOracle.compile(fixtureFolder(f)));
    }

    static Path fixtureFolder(String fixture) {
        return Path.of("src/test/resources/jpa", fixture);
    }

    @ParameterizedTest(name = "H2: {0} with {1} naming")
    @CsvSource({
            "basics, SPRING", "basics, JPA", "relations, SPRING", "embedded, JPA", "inheritance, SPRING",
            "generators, JPA", "clinic, SPRING", "clinic, JPA", "ordering, SPRING"})
    void inH2TooLintelCreatesWhatHibernateCreates(String fixture, JpaNaming naming) throws Exception {
        String hibernateSql = HibernateOracle.createScript(classes(fixture), naming, "org.hibernate.dialect.H2Dialect");
        JpaImportResult imported = new JpaImporter().importFolder(fixtureFolder(fixture), new JpaImportOptions(naming, Dialect.H2));
        assertEquals(List.of(), imported.diagnostics(), "a compiling fixture imports without diagnostics");
        // As export-ddl does for a model read for H2: names H2 would make up itself are left to H2.
        String lintelSql = new DdlRenderer().render(imported.schema(), Dialect.H2,
                RenderOptions.defaults().withSourceDialect(Dialect.H2)).sql();
        JsonNode truth;
        JsonNode ours;
        // Hibernate does not quote keywords (YEAR, VALUE, DAY are attribute names here): let H2 accept them as names
        String mode = "Regular;NON_KEYWORDS=YEAR,VALUE,DAY";
        try (H2Databases.Database expected = H2Databases.create("jpa_hibernate_" + fixture, mode);
             H2Databases.Database actual = H2Databases.create("jpa_lintel_" + fixture, mode);
             Connection e = expected.connect(); Connection a = actual.connect()) {
            assertEquals(List.of(), H2Databases.executeScript(e, hibernateSql, true), "Hibernate's own DDL loads:\n" + hibernateSql);
            assertEquals(List.of(), H2Databases.executeScript(a, lintelSql, true), "Lintel's DDL loads:\n" + lintelSql);
            truth = H2CatalogSnapshot.take(e, "hibernate");
            ours = H2CatalogSnapshot.take(a, "lintel");
        }
        CatalogComparison comparison = CatalogComparison.compare(truth, ours);
        assertTrue(truth.get("tables").size() > 0, "the fixture creates tables");
        assertTrue(comparison.isPerfect(), () -> "H2 " + fixture + "/" + naming + ": " + comparison.report(60)
                + "\n--- Hibernate:\n" + hibernateSql + "\n--- Lintel:\n" + lintelSql);
    }

    @ParameterizedTest(name = "{0} with {1} naming")
    @CsvSource({
            "basics, SPRING", "basics, JPA",
            "relations, SPRING", "relations, JPA",
            "embedded, SPRING", "embedded, JPA",
            "inheritance, SPRING", "inheritance, JPA",
            "generators, SPRING", "generators, JPA",
            "clinic, SPRING", "clinic, JPA",
            "ordering, SPRING", "ordering, JPA"
            })
    void lintelCreatesWhatHibernateCreates(String fixture, JpaNaming naming) throws Exception {
        String hibernateSql = HibernateOracle.createScript(classes(fixture), naming, "org.hibernate.dialect.PostgreSQLDialect");
        JpaImportResult imported = new JpaImporter().importFolder(fixtureFolder(fixture), new JpaImportOptions(naming, Dialect.POSTGRES));
        assertEquals(List.of(), imported.diagnostics(), "a compiling fixture imports without diagnostics");
        String lintelSql = new DdlRenderer().render(imported.schema(), Dialect.POSTGRES).sql();

        HibernateOracle.assertSameCatalogs(fixture + "_" + naming, hibernateSql, lintelSql);
    }
}

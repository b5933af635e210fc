package dev.lintel.model.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.ddl.render.DdlRenderer;
import dev.lintel.model.dialect.Dialect;
import java.nio.file.Path;
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

        HibernateOracle.assertSameCatalogs("h6_" + fixture + "_" + naming, hibernateSql, lintelSql);
    }
}

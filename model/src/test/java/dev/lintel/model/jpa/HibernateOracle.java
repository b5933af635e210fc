package dev.lintel.model.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lintel.model.testing.CatalogComparison;
import dev.lintel.model.testing.CatalogSnapshot;
import dev.lintel.model.testing.PostgresServer;
import dev.lintel.model.testing.ScriptError;
import dev.lintel.model.testing.TestDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Hibernate itself as the oracle: compiles a folder of entity sources in-process (javax.tools,
 * with jakarta.persistence and jakarta.validation from the test class path) and lets Hibernate
 * write the DDL it would run with {@code hbm2ddl create}, for the given naming and dialect.
 * A SessionFactory is built (not just the Metadata) because Bean Validation shapes the DDL only
 * when the factory integrates it.
 */
final class HibernateOracle {
    private HibernateOracle() {
    }

    /** Spring Boot's implicit naming: join tables are {@code <owning table>_<attribute>}; all else JPA's. */
    public static final class SpringImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {
        @Override
        public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
            String name = source.getOwningPhysicalTableName() + "_" + source.getAssociationOwningAttributePath().getProperty();
            return toIdentifier(name, source.getBuildingContext());
        }
    }

    /** Compiles every .java file under {@code sources}; fails with javac's messages when they do not compile. */
    static Path compile(Path sources) {
        try {
            Path out = Files.createTempDirectory("lintel-jpa-classes");
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
                 Stream<Path> walk = Files.walk(sources)) {
                List<Path> files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
                List<String> options = List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path"),
                        "-proc:none", "-nowarn", "--release", "17");
                boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
                if (!ok) {
                    throw new IllegalStateException("fixture does not compile: " + diagnostics.getDiagnostics());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The DDL Hibernate creates for the entities compiled into {@code classes}. */
    static String createScript(Path classes, JpaNaming naming, String hibernateDialect) {
        try {
            Path script = Files.createTempFile("lintel-hibernate", ".sql");
            Files.delete(script);
            ClassLoader parent = HibernateOracle.class.getClassLoader();
            try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, parent)) {
                List<Class<?>> annotated = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(classes)) {
                    for (Path p : walk.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                        String name = classes.relativize(p).toString().replace('/', '.').replace(".class", "");
                        Class<?> c = loader.loadClass(name);
                        if (c.isAnnotationPresent(jakarta.persistence.Entity.class)
                                || c.isAnnotationPresent(jakarta.persistence.MappedSuperclass.class)
                                || c.isAnnotationPresent(jakarta.persistence.Embeddable.class)) {
                            annotated.add(c);
                        }
                    }
                }
                StandardServiceRegistryBuilder registry = new StandardServiceRegistryBuilder(
                        new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build())
                        .applySetting("hibernate.dialect", hibernateDialect)
                        .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                        .applySetting("jakarta.persistence.schema-generation.database.action", "none")
                        .applySetting("jakarta.persistence.schema-generation.scripts.action", "create")
                        .applySetting("jakarta.persistence.schema-generation.scripts.create-target", script.toString())
                        .applySetting("hibernate.hbm2ddl.delimiter", ";")
                        .applySetting("jakarta.persistence.validation.mode", "ddl")
                        .applySetting("hibernate.show_sql", "false");
                if (naming == JpaNaming.SPRING) {
                    registry.applySetting("hibernate.physical_naming_strategy", CamelCaseToUnderscoresNamingStrategy.class.getName())
                            .applySetting("hibernate.implicit_naming_strategy", SpringImplicitNaming.class.getName());
                }
                StandardServiceRegistry built = registry.build();
                MetadataSources sources = new MetadataSources(built);
                annotated.forEach(sources::addAnnotatedClass);
                Thread thread = Thread.currentThread();
                ClassLoader before = thread.getContextClassLoader();
                thread.setContextClassLoader(loader);
                try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
                    factory.getSchemaManager(); // built: the script is written during the build
                } finally {
                    thread.setContextClassLoader(before);
                    StandardServiceRegistryBuilder.destroy(built);
                }
            }
            String sql = Files.readString(script, StandardCharsets.UTF_8);
            Files.deleteIfExists(script);
            return sql;
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Loads Hibernate's DDL and Lintel's into two fresh PostgreSQL databases and fails unless their
     * catalogs agree fact for fact (tables, columns, keys, checks, indexes, sequences, names).
     */
    static void assertSameCatalogs(String label, String hibernateSql, String lintelSql) throws Exception {
        PostgresServer server = PostgresServer.shared();
        try (TestDatabase expected = server.createDatabase("jpa_hibernate_" + label.toLowerCase(java.util.Locale.ROOT));
             TestDatabase actual = server.createDatabase("jpa_lintel_" + label.toLowerCase(java.util.Locale.ROOT))) {
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
            assertTrue(comparison.isPerfect(), () -> label + ": " + comparison.report(60)
                    + "\n--- Hibernate:\n" + hibernateSql + "\n--- Lintel:\n" + lintelSql);
        }
    }
}

package dev.lintel.model.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.SourceLocation;
import dev.lintel.model.schema.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sources that do not compile (a syntax error, types from missing dependencies, Lombok, a record
 * marked @Entity, a Kotlin file): never a crash; each problem is a diagnostic at file:line, and
 * everything else is mapped.
 */
class MalformedSourcesTest {
    private final JpaImportResult result = importFolder();

    private static JpaImportResult importFolder() {
        try {
            return new JpaImporter().importFolder(Path.of("src/test/resources/jpa/malformed"), JpaImportOptions.defaults());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Diagnostic diagnosticAt(String file, int line) {
        return result.diagnostics().stream()
                .filter(d -> d.location() != null && d.location().file().equals(file) && d.location().line() == line)
                .findFirst().orElseThrow(() -> new AssertionError("no diagnostic at " + file + ":" + line + " in " + result.diagnostics()));
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLineAndTheFileIsLeftOut() {
        Diagnostic d = diagnosticAt("app/model/Pet.java", 13);
        assertEquals(Diagnostic.Severity.ERROR, d.severity());
        assertTrue(d.message().startsWith("Java syntax error"), d.message());
        assertTrue(result.schema().tables().stream().noneMatch(t -> t.name().name().equals("pet")));
    }

    @Test
    void anUnresolvableTypeIsReportedAndTheOtherAttributesAreMapped() {
        assertTrue(diagnosticAt("app/model/Owner.java", 16).message().contains("Money"));
        assertTrue(diagnosticAt("app/model/Owner.java", 19).message().contains("Region"));
        Table owner = table("owner");
        assertEquals(List.of("id", "name"), owner.columns().stream().map(c -> c.name()).toList());
        assertEquals(List.of("id"), owner.primaryKey().columns());
    }

    @Test
    void referencesToMappedEntitiesStillBecomeForeignKeys() {
        Table visit = table("visit");
        assertEquals(1, visit.foreignKeys().size());
        assertEquals(QualifiedName.of("public", "owner"), visit.foreignKeys().get(0).referencedTable());
        assertEquals(List.of("owner_id"), visit.foreignKeys().get(0).columns());
    }

    @Test
    void aRecordMarkedEntityAndAKotlinFileAreDiagnosticsNotCrashes() {
        assertTrue(diagnosticAt("app/model/Tag.java", 6).message().contains("records"));
        assertEquals(Diagnostic.Severity.WARNING, diagnosticAt("app/model/Clinic.kt", 1).severity());
        assertFalse(result.schema().tables().stream().anyMatch(t -> t.name().name().equals("tag")));
    }

    @Test
    void tablesAndColumnsPointBackToTheirSource() {
        SourceLocation table = result.sourceMap().locate(ObjectPath.table(QualifiedName.of("public", "visit"))).orElseThrow();
        assertEquals(new SourceLocation("app/model/Visit.java", 6, 0), table);
        SourceLocation column = result.sourceMap().locate(ObjectPath.column(QualifiedName.of("public", "visit"), "day")).orElseThrow();
        assertEquals(11, column.line());
    }

    @Test
    void inMemorySourcesWithGarbageNeverThrow() {
        JpaImportResult r = new JpaImporter().importSources(Map.of(
                "A.java", "@Entity class A { @Id Long id; @ManyToOne B b; @Column(length = ) String s; }",
                "B.java", "@Entity @Table(name = 42) class B extends Missing { @Id int id; @OneToMany List<> xs; }",
                "C.java", "\u0000\u0001 not java at all {{{"), new JpaImportOptions(JpaNaming.JPA, Dialect.H2));
        assertFalse(r.diagnostics().isEmpty());
        Schema s = r.schema();
        assertTrue(s.tables().size() <= 2);
    }

    @Test
    void constantsInAnnotationsAreFollowedAndCyclesEndQuietly() {
        JpaImportResult r = new JpaImporter().importSources(Map.of("k/K.java", """
                package k;
                import jakarta.persistence.*;
                @Entity @Table(name = K.PREFIX + "items")
                public class K {
                    static final String PREFIX = "app_";
                    static final int LEN = WIDTH;
                    static final int WIDTH = 50;
                    static final String A = B + "x";
                    static final String B = A + "y";
                    @Id Long id;
                    @Column(length = LEN) String code;
                    @Column(name = A) String loop;
                }
                """), JpaImportOptions.defaults());
        Table t = r.schema().table(QualifiedName.of("public", "app_items")).orElseThrow(() -> new AssertionError(r.schema()));
        assertEquals(List.of("50"), t.column("code").orElseThrow().type().args());
        assertEquals(3, t.columns().size());
    }

    private Table table(String name) {
        return result.schema().table(QualifiedName.of("public", name)).orElseThrow(
                () -> new AssertionError("no table " + name + " in " + result.schema().tables()));
    }
}

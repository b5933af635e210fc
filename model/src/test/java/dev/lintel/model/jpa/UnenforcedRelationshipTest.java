package dev.lintel.model.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.ddl.render.DdlRenderer;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.diff.Change;
import dev.lintel.model.diff.SchemaDiff;
import dev.lintel.model.diff.SchemaDiffer;
import dev.lintel.model.document.DocumentCodec;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.lint.Finding;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.lint.LintSettings;
import dev.lintel.model.lint.Linter;
import dev.lintel.model.migrate.plan.MigrationPlan;
import dev.lintel.model.migrate.plan.MigrationPlanner;
import dev.lintel.model.migrate.plan.Step;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A JPA association mapped with {@code @ForeignKey(NO_CONSTRAINT)} (Book.previousEdition in the
 * relations fixture): Hibernate creates no constraint (the oracle test proves Lintel's DDL agrees),
 * yet the relationship is in the model, where lint, diff and migrations each see it as they should.
 */
class UnenforcedRelationshipTest {
    private static final QualifiedName BOOK = QualifiedName.of("public", "book");

    private static JpaImportResult relations() {
        try {
            return new JpaImporter().importFolder(HibernateOracleTest.fixtureFolder("relations"),
                    new JpaImportOptions(JpaNaming.SPRING, Dialect.POSTGRES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ForeignKey previousEdition(Schema schema) {
        Table book = schema.table(BOOK).orElseThrow();
        return book.foreignKeys().stream().filter(f -> f.columns().equals(List.of("previous_edition_id")))
                .findFirst().orElseThrow(() -> new AssertionError("no relationship on previous_edition_id: " + book.foreignKeys()));
    }

    @Test
    void noConstraintAssociationIsARelationshipTheDatabaseDoesNotEnforce() {
        JpaImportResult imported = relations();
        ForeignKey fk = previousEdition(imported.schema());
        assertTrue(fk.notEnforced());
        assertEquals(BOOK, fk.referencedTable());
        Table book = imported.schema().table(BOOK).orElseThrow();
        assertTrue(book.foreignKeys().stream().filter(f -> f != fk).allMatch(ForeignKey::enforced),
                "the other associations of Book keep real constraints");
    }

    @Test
    void lintSeesItAndPointsAtTheField() {
        JpaImportResult imported = relations();
        ForeignKey fk = previousEdition(imported.schema());
        LintResult result = new Linter().lint(imported.schema(), imported.sourceMap(), LintSettings.defaults());
        ObjectPath path = ObjectPath.constraint(BOOK, fk.name());
        List<Finding> notEnforced = result.findingsOf("design-fk-not-enforced");
        assertEquals(1, notEnforced.size(), notEnforced::toString);
        assertEquals(path, notEnforced.get(0).object());
        assertEquals("Book.java", java.nio.file.Path.of(notEnforced.get(0).location().file()).getFileName().toString());
        assertTrue(notEnforced.get(0).location().line() > 0);
        assertTrue(result.findingsOf("design-fk-without-index").stream().anyMatch(f -> f.object().equals(path)),
                "the join column without an index is reported too");
        assertTrue(result.findingsOf("design-implicit-fk").stream().noneMatch(f -> f.object().toString().contains("previous_edition")),
                "a declared relationship is not proposed again as an implicit one");
    }

    @Test
    void ddlExportWritesItAsACommentNotAConstraint() {
        JpaImportResult imported = relations();
        ForeignKey fk = previousEdition(imported.schema());
        String sql = new DdlRenderer().render(imported.schema(), Dialect.POSTGRES).sql();
        String line = sql.lines().filter(l -> l.contains(fk.name())).findFirst().orElseThrow();
        assertTrue(line.startsWith("--") && line.contains("NOT ENFORCED"), line);
        // Reading the export back gives the database's view: no such constraint.
        Schema back = new DdlImporter().importText(sql, "export.sql", Dialect.POSTGRES).schema();
        assertTrue(back.table(BOOK).orElseThrow().foreignKeys().stream().noneMatch(f -> f.name().equals(fk.name())));
    }

    @Test
    void diffAndMigrationIgnoreItUntilItIsEnforced() {
        Schema schema = relations().schema();
        ForeignKey fk = previousEdition(schema);
        Schema without = schema.mapTable(BOOK, t -> t.toBuilder()
                .foreignKeys(t.foreignKeys().stream().filter(f -> f != fk).toList()).build());
        assertEquals(List.of(), new SchemaDiffer().diff(without, schema).changes(),
                "declaring a relationship changes nothing in the database");

        Schema enforced = schema.mapTable(BOOK, t -> t.toBuilder()
                .foreignKeys(t.foreignKeys().stream().map(f -> f == fk ? f.withNotEnforced(false) : f).toList()).build());
        SchemaDiff diff = new SchemaDiffer().diff(schema, enforced);
        assertEquals(1, diff.changes().size(), diff.changes()::toString);
        assertTrue(diff.changes().get(0) instanceof Change.ConstraintAdded);
        MigrationPlan plan = new MigrationPlanner().plan(diff, schema, enforced, Dialect.POSTGRES);
        String script = String.join("\n", plan.steps().stream().map(Step::sql).toList());
        assertTrue(script.contains("ADD CONSTRAINT " + fk.name()) && script.contains("NOT VALID"), script);
        assertFalse(script.contains("DROP CONSTRAINT"), script);
    }

    @Test
    void documentKeepsIt() throws Exception {
        Schema schema = relations().schema();
        String text = DocumentCodec.write(LintelDocument.of(schema));
        Schema read = DocumentCodec.read(text, "relations.lintel").schema();
        assertTrue(previousEdition(read).notEnforced());
        assertEquals(schema.normalize(), read.normalize());
    }

    @Test
    void sqlNotEnforcedImportsAsTheSameRelationship() {
        Schema schema = new DdlImporter().importText("""
                CREATE TABLE customers (id bigint PRIMARY KEY);
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint,
                  CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT ENFORCED);
                ALTER TABLE orders ADD CONSTRAINT orders_customer_fk2 FOREIGN KEY (customer_id) REFERENCES customers (id) ENFORCED;
                """, "orders.sql", Dialect.POSTGRES).schema();
        Table orders = schema.table(QualifiedName.of("public", "orders")).orElseThrow();
        assertEquals(List.of(true, false), orders.foreignKeys().stream().map(ForeignKey::notEnforced).toList());
    }
}

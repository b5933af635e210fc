package dev.lintel.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDifferTest {
    private static Schema pg(String sql) {
        return new DdlImporter().importText(sql, "test.sql", Dialect.POSTGRES).schema();
    }

    private static List<String> labels(SchemaDiff d) {
        return d.changes().stream().map(c -> c.label() + " " + c.subject().name()).toList();
    }

    @Test
    void identicalSchemasHaveNoChanges() {
        String sql = "CREATE TABLE a (id int PRIMARY KEY, n text); CREATE INDEX a_n ON a (n);";
        assertTrue(new SchemaDiffer().diff(pg(sql), pg(sql)).changes().isEmpty());
    }

    @Test
    void columnPropertiesSayWhatChanged() {
        SchemaDiff d = new SchemaDiffer().diff(pg("CREATE TABLE a (id int, n varchar(10), m int DEFAULT 1);"),
                pg("CREATE TABLE a (id bigint NOT NULL, n varchar(10), m int);"));
        assertEquals(2, d.changes().size(), d.changes().toString());
        Change.ColumnChanged id = (Change.ColumnChanged) d.changes().get(0);
        assertEquals(java.util.Set.of(ColumnAspect.TYPE, ColumnAspect.NULLABILITY), id.aspects());
        Change.ColumnChanged m = (Change.ColumnChanged) d.changes().get(1);
        assertEquals(java.util.Set.of(ColumnAspect.DEFAULT), m.aspects());
    }

    @Test
    void renameIsProposedNotAppliedUntilConfirmed() {
        Schema before = pg("CREATE TABLE customer (id int, name text, email text);");
        Schema after = pg("CREATE TABLE customer (id int, full_name text, email text);");
        SchemaDiff guessed = new SchemaDiffer().diff(before, after);
        assertEquals(List.of("column-added customer", "column-dropped customer"), labels(guessed));
        assertTrue(guessed.hasDestructiveChanges());
        assertEquals(List.of("customer.name=full_name"), guessed.proposals().stream().map(RenameProposal::hint).toList());

        SchemaDiff confirmed = new SchemaDiffer().diff(before, after, RenameHints.parse(List.of("customer.name=full_name")));
        assertEquals(List.of("column-renamed customer"), labels(confirmed));
        assertTrue(confirmed.proposals().isEmpty());
        assertFalse(confirmed.hasDestructiveChanges());
    }

    @Test
    void confirmedTableRenameCarriesReferences() {
        Schema before = pg("CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int CONSTRAINT c_fk REFERENCES p (id));");
        Schema after = pg("CREATE TABLE parent (id int CONSTRAINT p_pkey PRIMARY KEY); CREATE TABLE c (pid int CONSTRAINT c_fk REFERENCES parent (id));");
        SchemaDiff d = new SchemaDiffer().diff(before, after, RenameHints.parse(List.of("p=parent")));
        assertEquals(List.of("table-renamed parent"), labels(d));
        SchemaDiff unconfirmed = new SchemaDiffer().diff(before, after);
        assertEquals(List.of("p=parent"), unconfirmed.proposals().stream().map(RenameProposal::hint).toList());
        assertTrue(labels(unconfirmed).containsAll(List.of("table-added parent", "table-dropped p")), labels(unconfirmed).toString());
    }

    @Test
    void constraintsIndexesEnumsViewsAndComments() {
        Schema before = pg("""
                CREATE TYPE mood AS ENUM ('sad', 'ok');
                CREATE TABLE a (id int, n text, CONSTRAINT a_n CHECK (n <> '') NOT VALID);
                CREATE INDEX a_id ON a (id);
                CREATE VIEW v AS SELECT id FROM a;
                """);
        Schema after = pg("""
                CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
                CREATE TABLE a (id int, n text, CONSTRAINT a_n CHECK (n <> ''));
                CREATE INDEX a_id ON a (id, n);
                CREATE VIEW v AS SELECT id, n FROM a;
                COMMENT ON TABLE a IS 'the a';
                """);
        assertEquals(java.util.Set.of(
                "constraint-validated a", "index-dropped a", "index-added a", "comment-changed a",
                "enum-values-changed mood", "view-changed v"), java.util.Set.copyOf(labels(new SchemaDiffer().diff(before, after))));
    }

    @Test
    void hintsThatAreNotRenamesAreRejected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RenameHints.parse(List.of("customer.name")))
                .getMessage().contains("customer.name"));
    }
}

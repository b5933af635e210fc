package dev.lintel.model.ddl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.ColumnRef;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.Identity;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Sequence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A serial column is an explicit sequence from its declaration on: later statements change it as PostgreSQL would. */
class SerialColumnHistoryTest {
    private static DdlImportResult pg(String sql) {
        return new DdlImporter().importText(sql, "test.sql", Dialect.POSTGRES);
    }

    private static Column column(DdlImportResult r, String table, String column) {
        return r.schema().table(QualifiedName.of("public", table)).orElseThrow().column(column).orElseThrow();
    }

    private static Sequence onlySequence(DdlImportResult r) {
        assertEquals(1, r.schema().sequences().size(), () -> r.schema().sequences().toString());
        return r.schema().sequences().get(0);
    }

    private static List<Diagnostic> warnings(DdlImportResult r) {
        return r.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).toList();
    }

    @Test
    void plainSerialFoldsBackToASerialColumnWithoutExplicitSequence() {
        DdlImportResult r = pg("CREATE TABLE t (id serial PRIMARY KEY, n bigserial, s smallserial);");
        assertEquals(Column.SerialKind.SERIAL, column(r, "t", "id").serial());
        assertEquals(Column.SerialKind.BIGSERIAL, column(r, "t", "n").serial());
        assertEquals(Column.SerialKind.SMALLSERIAL, column(r, "t", "s").serial());
        assertNull(column(r, "t", "id").defaultExpression());
        assertFalse(column(r, "t", "id").nullable());
        assertTrue(r.schema().sequences().isEmpty());
    }

    @Test
    void tableRenameKeepsTheOldSequenceNameAndMovesItsOwner() {
        DdlImportResult r = pg("""
                CREATE TABLE cve_whitelist (id serial PRIMARY KEY, name text);
                ALTER TABLE cve_whitelist RENAME TO cve_allowlist;
                """);
        Column id = column(r, "cve_allowlist", "id");
        assertEquals(Column.SerialKind.NONE, id.serial());
        assertEquals(DataType.of("integer"), id.type());
        assertFalse(id.nullable());
        assertEquals("nextval('public.cve_whitelist_id_seq'::regclass)", id.defaultExpression());
        Sequence seq = onlySequence(r);
        assertEquals(QualifiedName.of("public", "cve_whitelist_id_seq"), seq.name());
        assertEquals(DataType.of("integer"), seq.type());
        assertEquals(new ColumnRef(QualifiedName.of("public", "cve_allowlist"), "id"), seq.ownedBy());
    }

    @Test
    void columnRenameMovesTheOwnerAndKeepsTheSequenceName() {
        DdlImportResult r = pg("""
                CREATE TABLE t (id serial);
                ALTER TABLE t RENAME COLUMN id TO key;
                """);
        assertEquals(new ColumnRef(QualifiedName.of("public", "t"), "key"), onlySequence(r).ownedBy());
        assertEquals("nextval('public.t_id_seq'::regclass)", column(r, "t", "key").defaultExpression());
    }

    @Test
    void serialWidenedWithAlterSequenceAsBigintAndAlterColumnTypeBecomesBigserial() {
        DdlImportResult r = pg("""
                CREATE TABLE robot (id serial PRIMARY KEY);
                ALTER TABLE robot ALTER COLUMN id TYPE BIGINT;
                ALTER SEQUENCE robot_id_seq AS BIGINT;
                """);
        assertEquals(Column.SerialKind.BIGSERIAL, column(r, "robot", "id").serial());
        assertEquals(DataType.of("bigint"), column(r, "robot", "id").type());
        assertTrue(r.schema().sequences().isEmpty());
        assertEquals(List.of(), warnings(r));
    }

    @Test
    void serialWithAlteredSequenceOptionsStaysExplicit() {
        DdlImportResult r = pg("""
                CREATE TABLE robot (id serial PRIMARY KEY);
                ALTER TABLE robot ALTER COLUMN id TYPE bigint;
                ALTER SEQUENCE robot_id_seq AS bigint MAXVALUE 9007199254740991;
                """);
        Sequence seq = onlySequence(r);
        assertEquals(DataType.of("bigint"), seq.type());
        assertEquals(9007199254740991L, seq.maxValue());
        Column id = column(r, "robot", "id");
        assertEquals(DataType.of("bigint"), id.type());
        assertEquals("nextval('public.robot_id_seq'::regclass)", id.defaultExpression());
    }

    @Test
    void columnTypeChangeAloneLeavesAnIntegerSequenceAndNoSerial() {
        DdlImportResult r = pg("""
                CREATE TABLE t (id serial);
                ALTER TABLE t ALTER COLUMN id TYPE bigint;
                """);
        assertEquals(Column.SerialKind.NONE, column(r, "t", "id").serial());
        assertEquals(DataType.of("bigint"), column(r, "t", "id").type());
        assertEquals(DataType.of("integer"), onlySequence(r).type());
    }

    @Test
    void dropTableDropsTheSequenceOfItsSerialColumnAndFreesItsName() {
        DdlImportResult r = pg("""
                CREATE TABLE t (id serial);
                ALTER TABLE t RENAME TO old_t;
                DROP TABLE old_t;
                CREATE TABLE t (id serial);
                """);
        assertTrue(r.schema().sequences().isEmpty());
        assertEquals(Column.SerialKind.SERIAL, column(r, "t", "id").serial());
    }

    @Test
    void dropColumnDropsTheSequenceItOwns() {
        DdlImportResult r = pg("""
                CREATE TABLE t (id serial, n int);
                ALTER TABLE t DROP COLUMN id;
                """);
        assertTrue(r.schema().sequences().isEmpty());
    }

    @Test
    void sequenceRenameFollowsIntoTheDefault() {
        DdlImportResult r = pg("""
                CREATE TABLE t (id serial);
                ALTER SEQUENCE t_id_seq RENAME TO t_ids;
                """);
        assertEquals(QualifiedName.of("public", "t_ids"), onlySequence(r).name());
        assertEquals("nextval('public.t_ids'::regclass)", column(r, "t", "id").defaultExpression());
    }

    @Test
    void identityColumnsKeepTheirImplicitSequence() {
        DdlImportResult r = pg("""
                CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, n serial);
                ALTER TABLE t ALTER COLUMN id SET INCREMENT BY 2;
                """);
        assertEquals(new Identity(Identity.Generation.ALWAYS, "INCREMENT BY 2"), column(r, "t", "id").identity());
        assertNull(column(r, "t", "id").defaultExpression());
        assertEquals(Column.SerialKind.SERIAL, column(r, "t", "n").serial());
        assertTrue(r.schema().sequences().isEmpty());
    }
}

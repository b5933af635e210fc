package dev.lintel.model.migrate.lock;

import static dev.lintel.model.migrate.lock.LockMode.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Rows of the rule catalog's §2.2 table: statement, mode on the target, rewrite, scan. */
class LockAnalysisTest {
    static final Schema SCHEMA = new DdlImporter().importText("""
            CREATE TABLE parent (id bigint PRIMARY KEY);
            CREATE TABLE t (id bigint PRIMARY KEY, name varchar(50), price numeric(10,2), code char(3), n integer,
              note text, parent_id bigint CONSTRAINT t_parent_fk REFERENCES parent(id),
              checked text, CONSTRAINT t_checked_nn CHECK (checked IS NOT NULL), CONSTRAINT t_n_pos CHECK (n > 0));
            CREATE INDEX t_name_idx ON t (name);
            CREATE MATERIALIZED VIEW mv AS SELECT 1 AS x;
            """, null, Dialect.POSTGRES).schema();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CREATE INDEX i ON t (note)                                   | SHARE                  | false | true
            CREATE INDEX CONCURRENTLY i ON t (note)                      | SHARE_UPDATE_EXCLUSIVE | false | true
            DROP INDEX t_name_idx                                        | ACCESS_EXCLUSIVE       | false | false
            DROP INDEX CONCURRENTLY t_name_idx                           | SHARE_UPDATE_EXCLUSIVE | false | false
            REINDEX TABLE t                                              | SHARE                  | false | true
            ALTER TABLE t ADD COLUMN c text                              | ACCESS_EXCLUSIVE       | false | false
            ALTER TABLE t ADD COLUMN c timestamptz DEFAULT now()         | ACCESS_EXCLUSIVE       | false | false
            ALTER TABLE t ADD COLUMN c uuid DEFAULT gen_random_uuid()    | ACCESS_EXCLUSIVE       | true  | true
            ALTER TABLE t ADD COLUMN c bigserial                         | ACCESS_EXCLUSIVE       | true  | true
            ALTER TABLE t ADD COLUMN c int GENERATED ALWAYS AS (n * 2) STORED | ACCESS_EXCLUSIVE  | true  | true
            ALTER TABLE t ADD COLUMN c int NOT NULL                      | ACCESS_EXCLUSIVE       | false | true
            ALTER TABLE t DROP COLUMN note                               | ACCESS_EXCLUSIVE       | false | false
            ALTER TABLE t ALTER COLUMN name TYPE varchar(100)            | ACCESS_EXCLUSIVE       | false | false
            ALTER TABLE t ALTER COLUMN name TYPE text                    | ACCESS_EXCLUSIVE       | false | false
            ALTER TABLE t ALTER COLUMN name TYPE varchar(10)             | ACCESS_EXCLUSIVE       | true  | true
            ALTER TABLE t ALTER COLUMN n TYPE bigint                     | ACCESS_EXCLUSIVE       | true  | true
            ALTER TABLE t ALTER COLUMN price TYPE numeric(12,2)          | ACCESS_EXCLUSIVE       | false | false
            ALTER TABLE t ALTER COLUMN price TYPE numeric(10,3)          | ACCESS_EXCLUSIVE       | true  | true
            ALTER TABLE t ALTER COLUMN code TYPE char(5)                 | ACCESS_EXCLUSIVE       | true  | true
            ALTER TABLE t ALTER COLUMN note SET DEFAULT 'x'              | ACCESS_EXCLUSIVE       | false | false
            ALTER TABLE t ALTER COLUMN note SET NOT NULL                 | ACCESS_EXCLUSIVE       | false | true
            ALTER TABLE t ALTER COLUMN checked SET NOT NULL              | ACCESS_EXCLUSIVE       | false | false
            ALTER TABLE t ALTER COLUMN note SET STATISTICS 500           | SHARE_UPDATE_EXCLUSIVE | false | false
            ALTER TABLE t SET (fillfactor = 70)                          | SHARE_UPDATE_EXCLUSIVE | false | false
            ALTER TABLE t ADD CONSTRAINT c CHECK (n < 100)               | ACCESS_EXCLUSIVE       | false | true
            ALTER TABLE t ADD CONSTRAINT c CHECK (n < 100) NOT VALID     | ACCESS_EXCLUSIVE       | false | false
            ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (n) REFERENCES parent (id) | SHARE_ROW_EXCLUSIVE | false | true
            ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (n) REFERENCES parent (id) NOT VALID | SHARE_ROW_EXCLUSIVE | false | false
            ALTER TABLE t VALIDATE CONSTRAINT t_n_pos                    | SHARE_UPDATE_EXCLUSIVE | false | true
            ALTER TABLE t ADD CONSTRAINT u UNIQUE (name)                 | ACCESS_EXCLUSIVE       | false | true
            ALTER TABLE t ADD CONSTRAINT u UNIQUE USING INDEX t_name_idx | ACCESS_EXCLUSIVE       | false | false
            ALTER TABLE t RENAME COLUMN note TO remark                   | ACCESS_EXCLUSIVE       | false | false
            ALTER TABLE t SET LOGGED                                     | ACCESS_EXCLUSIVE       | true  | true
            ALTER TABLE t ENABLE TRIGGER ALL                             | SHARE_ROW_EXCLUSIVE    | false | false
            ALTER TABLE t CLUSTER ON t_name_idx                          | SHARE_UPDATE_EXCLUSIVE | false | false
            CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f() | SHARE_ROW_EXCLUSIVE | false | false
            DROP TRIGGER tr ON t                                         | ACCESS_EXCLUSIVE       | false | false
            DROP TABLE t                                                 | ACCESS_EXCLUSIVE       | false | false
            TRUNCATE t                                                   | ACCESS_EXCLUSIVE       | false | false
            VACUUM FULL t                                                | ACCESS_EXCLUSIVE       | true  | true
            CLUSTER t USING t_name_idx                                   | ACCESS_EXCLUSIVE       | true  | true
            LOCK TABLE t IN SHARE MODE                                   | SHARE                  | false | false
            UPDATE t SET note = 'x'                                      | ROW_EXCLUSIVE          | false | true
            COMMENT ON COLUMN t.note IS 'x'                              | SHARE_UPDATE_EXCLUSIVE | false | false
            """)
    void targetModeRewriteAndScanFollowTheCatalog(String sql, LockMode mode, boolean rewrite, boolean scan) {
        StatementLocks locks = LockAnalysis.analyze(sql, SCHEMA);
        assertEquals(mode, locks.modeOn(QualifiedName.of("public", "t")).orElseThrow(), sql);
        assertEquals(rewrite, locks.rewrite(), sql + " rewrite");
        assertEquals(scan, locks.scan(), sql + " scan");
    }

    @Test
    void foreignKeysLockTheReferencedTable() {
        QualifiedName parent = QualifiedName.of("public", "parent");
        assertEquals(SHARE_ROW_EXCLUSIVE, LockAnalysis.analyze(
                "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (n) REFERENCES parent (id) NOT VALID", SCHEMA).modeOn(parent).orElseThrow());
        assertEquals(ROW_SHARE, LockAnalysis.analyze("ALTER TABLE t VALIDATE CONSTRAINT t_parent_fk", SCHEMA)
                .modeOn(parent).orElseThrow());
        assertEquals(ACCESS_EXCLUSIVE, LockAnalysis.analyze("ALTER TABLE t DROP CONSTRAINT t_parent_fk", SCHEMA)
                .modeOn(parent).orElseThrow());
        assertEquals(ACCESS_EXCLUSIVE, LockAnalysis.analyze("DROP TABLE t", SCHEMA).modeOn(parent).orElseThrow());
        assertEquals(SHARE_ROW_EXCLUSIVE, LockAnalysis.analyze(
                "CREATE TABLE c (id int, p bigint REFERENCES parent (id))", SCHEMA).modeOn(parent).orElseThrow());
        assertTrue(LockAnalysis.analyze("ALTER TABLE t DROP CONSTRAINT t_n_pos", SCHEMA).modeOn(parent).isEmpty());
    }

    @Test
    void concurrentFormsCannotRunInATransactionBlock() {
        assertFalse(LockAnalysis.analyze("CREATE INDEX CONCURRENTLY i ON t (n)", SCHEMA).transactional());
        assertFalse(LockAnalysis.analyze("DROP INDEX CONCURRENTLY i", SCHEMA).transactional());
        assertFalse(LockAnalysis.analyze("REINDEX INDEX CONCURRENTLY i", SCHEMA).transactional());
        assertTrue(LockAnalysis.analyze("CREATE INDEX i ON t (n)", SCHEMA).transactional());
        assertTrue(LockAnalysis.analyze("ALTER TYPE mood ADD VALUE 'x'", SCHEMA).transactional());
    }

    @Test
    void refreshMaterializedViewConcurrentlyLetsReadsThrough() {
        QualifiedName mv = QualifiedName.of("public", "mv");
        StatementLocks plain = LockAnalysis.analyze("REFRESH MATERIALIZED VIEW mv", SCHEMA);
        StatementLocks conc = LockAnalysis.analyze("REFRESH MATERIALIZED VIEW CONCURRENTLY mv", SCHEMA);
        assertEquals(ACCESS_EXCLUSIVE, plain.modeOn(mv).orElseThrow());
        assertEquals(EXCLUSIVE, conc.modeOn(mv).orElseThrow());
        assertFalse(conc.blocksReads());
        assertTrue(conc.blocksWrites());
    }

    @Test
    void withoutASchemaTheWorstIsAssumedAndSaid() {
        StatementLocks type = LockAnalysis.analyze("ALTER TABLE t ALTER COLUMN name TYPE varchar(100)", null);
        assertTrue(type.rewrite());
        assertFalse(type.notes().isEmpty());
        StatementLocks nn = LockAnalysis.analyze("ALTER TABLE t ALTER COLUMN checked SET NOT NULL", null);
        assertTrue(nn.scan());
        assertEquals(List.of(), LockAnalysis.analyze("SET lock_timeout = '2s'", null).locks());
    }

    @Test
    void summaryNamesLockRelationAndWhatItBlocks() {
        String s = LockAnalysis.analyze("CREATE INDEX i ON t (note)", SCHEMA).summary();
        assertEquals("SHARE on public.t (blocks writes (reads continue)); scans the table", s);
    }
}

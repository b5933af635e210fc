package dev.lintel.model.migrate.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.testing.PostgresServer;
import dev.lintel.model.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL itself is the oracle: each statement runs inside an open transaction on one
 * connection while a second connection reads {@code pg_locks} for that backend; the strongest
 * mode held on every pre-existing table must be exactly what {@link LockAnalysis} says, and the
 * analysis must name no table PostgreSQL did not lock. The transaction is rolled back after each
 * statement, so every case starts from the same schema (with rows, so scans really happen).
 */
class LockAnalysisOracleTest {
    private static final String SETUP = """
            CREATE TABLE parent (id bigint PRIMARY KEY, label text);
            CREATE TABLE t (id bigint PRIMARY KEY, name varchar(50), price numeric(10,2), n integer, note text,
              parent_id bigint, checked text,
              CONSTRAINT t_checked_nn CHECK (checked IS NOT NULL), CONSTRAINT t_n_pos CHECK (n > 0));
            CREATE INDEX t_name_idx ON t (name);
            CREATE UNIQUE INDEX t_note_key ON t (note);
            ALTER TABLE t ADD CONSTRAINT t_n_small CHECK (n < 1000) NOT VALID;
            ALTER TABLE t ADD CONSTRAINT t_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id) NOT VALID;
            CREATE TABLE other (id bigint PRIMARY KEY);
            CREATE TABLE events (id bigint, at date NOT NULL) PARTITION BY RANGE (at);
            CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE TABLE events_2025 (id bigint, at date NOT NULL);
            CREATE MATERIALIZED VIEW mv AS SELECT id FROM parent;
            CREATE UNIQUE INDEX mv_id ON mv (id);
            INSERT INTO parent SELECT g, 'p' || g FROM generate_series(1, 100) g;
            INSERT INTO t SELECT g, 'n' || g, g, g, 'note' || g, g, 'c' FROM generate_series(1, 100) g;
            INSERT INTO other SELECT g FROM generate_series(1, 10) g;
            REFRESH MATERIALIZED VIEW mv;
            """;
    private static final List<String> TABLES = List.of("parent", "t", "other", "events", "events_2024", "events_2025", "mv");
    private static final List<String> STATEMENTS = List.of(
            "CREATE INDEX i ON t (n)",
            "CREATE UNIQUE INDEX i ON t (id, n)",
            "DROP INDEX t_name_idx",
            "REINDEX TABLE t",
            "REINDEX INDEX t_name_idx",
            "ALTER TABLE t ADD COLUMN c text",
            "ALTER TABLE t ADD COLUMN c uuid DEFAULT gen_random_uuid()",
            "ALTER TABLE t ADD COLUMN c bigint REFERENCES parent (id)",
            "ALTER TABLE t DROP COLUMN note",
            "ALTER TABLE t ALTER COLUMN name TYPE varchar(100)",
            "ALTER TABLE t ALTER COLUMN n TYPE bigint",
            "ALTER TABLE t ALTER COLUMN note SET DEFAULT 'x'",
            "ALTER TABLE t ALTER COLUMN checked SET NOT NULL",
            "ALTER TABLE t ALTER COLUMN note SET STATISTICS 500",
            "ALTER TABLE t SET (fillfactor = 70)",
            "ALTER TABLE t SET (autovacuum_enabled = false)",
            "ALTER TABLE t CLUSTER ON t_name_idx",
            "ALTER TABLE t ADD CONSTRAINT c CHECK (n < 100000)",
            "ALTER TABLE t ADD CONSTRAINT c CHECK (n < 100000) NOT VALID",
            "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (n) REFERENCES parent (id) NOT VALID",
            "ALTER TABLE t VALIDATE CONSTRAINT t_n_small",
            "ALTER TABLE t VALIDATE CONSTRAINT t_parent_fk",
            "ALTER TABLE t DROP CONSTRAINT t_parent_fk",
            "ALTER TABLE t DROP CONSTRAINT t_n_pos",
            "ALTER TABLE t ADD CONSTRAINT u UNIQUE USING INDEX t_note_key",
            "ALTER TABLE t ADD CONSTRAINT u2 UNIQUE (name)",
            "ALTER TABLE t RENAME COLUMN note TO remark",
            "ALTER TABLE t RENAME TO t2",
            "ALTER TABLE t ENABLE TRIGGER ALL",
            "ALTER TABLE t SET (fillfactor = 70), ALTER COLUMN note SET NOT NULL",
            "ALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
            "ALTER TABLE events DETACH PARTITION events_2024",
            "ALTER INDEX t_name_idx RENAME TO t_name_idx2",
            "CREATE TABLE c (id bigint PRIMARY KEY, p bigint REFERENCES parent (id))",
            "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger()",
            "DROP TABLE other",
            "DROP TABLE t",
            "TRUNCATE other",
            "REFRESH MATERIALIZED VIEW mv",
            "REFRESH MATERIALIZED VIEW CONCURRENTLY mv",
            "LOCK TABLE other IN EXCLUSIVE MODE",
            "UPDATE other SET id = id",
            "COMMENT ON TABLE other IS 'x'",
            "ANALYZE other");

    private static TestDatabase db;
    private static Schema schema;

    @BeforeAll
    static void setUp() {
        db = PostgresServer.shared().createDatabase("lock_oracle");
        assertEquals(List.of(), db.executeScript(SETUP, true));
        schema = new DdlImporter().importText(SETUP, null, Dialect.POSTGRES).schema();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void analysisAgreesWithPgLocks() throws Exception {
        List<String> disagreements = new ArrayList<>();
        try (Connection runner = db.connect(); Connection observer = db.connect()) {
            runner.setAutoCommit(false);
            int pid;
            try (Statement s = runner.createStatement(); ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
                r.next();
                pid = r.getInt(1);
            }
            runner.commit();
            for (String sql : STATEMENTS) {
                try (Statement s = runner.createStatement()) {
                    s.execute(sql);
                    Map<String, LockMode> actual = heldTableLocks(observer, pid);
                    Map<String, LockMode> predicted = predicted(LockAnalysis.analyze(sql, schema));
                    if (!actual.equals(predicted)) {
                        disagreements.add(sql + "\n    pg_locks: " + actual + "\n    analysis: " + predicted);
                    }
                } finally {
                    runner.rollback();
                }
            }
        }
        System.out.println("pg_locks oracle: " + STATEMENTS.size() + " statements, " + disagreements.size() + " disagreements");
        assertTrue(disagreements.isEmpty(), String.join("\n", disagreements));
    }

    /**
     * CONCURRENTLY cannot run in a transaction block, so it is observed while it waits: another
     * transaction holds ROW EXCLUSIVE on {@code t} (an open UPDATE), the concurrent build or drop
     * takes its lock, then waits for that transaction; meanwhile {@code pg_locks} shows what it holds.
     */
    @Test
    void concurrentFormsAgreeWithPgLocksWhileTheyWaitForOlderTransactions() throws Exception {
        List<String> statements = List.of("CREATE INDEX CONCURRENTLY ci ON t (n)", "REINDEX INDEX CONCURRENTLY ci",
                "DROP INDEX CONCURRENTLY ci");
        Schema withIndex = new DdlImporter().importText(SETUP + "CREATE INDEX ci ON t (n);", null, Dialect.POSTGRES).schema();
        List<String> disagreements = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (Connection blocker = db.connect(); Connection runner = db.connect(); Connection observer = db.connect()) {
            int pid;
            try (Statement s = runner.createStatement(); ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
                r.next();
                pid = r.getInt(1);
            }
            for (String sql : statements) {
                blocker.setAutoCommit(false);
                try (Statement b = blocker.createStatement()) {
                    b.execute("UPDATE t SET n = n WHERE id = 1");
                }
                java.util.concurrent.Future<?> running = pool.submit(() -> {
                    try (Statement s = runner.createStatement()) {
                        s.execute(sql);
                    }
                    return null;
                });
                Map<String, LockMode> held = Map.of();
                while (!running.isDone() && !waiting(observer, pid)) {
                    Thread.sleep(20);
                }
                held = heldTableLocks(observer, pid);
                blocker.commit();
                running.get();
                Map<String, LockMode> predicted = predicted(LockAnalysis.analyze(sql, sql.startsWith("CREATE") ? schema : withIndex));
                if (!held.equals(predicted)) {
                    disagreements.add(sql + "\n    pg_locks: " + held + "\n    analysis: " + predicted);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(disagreements.isEmpty(), String.join("\n", disagreements));
    }

    private static boolean waiting(Connection observer, int pid) throws Exception {
        try (PreparedStatement q = observer.prepareStatement("SELECT count(*) FROM pg_locks WHERE pid = ? AND NOT granted")) {
            q.setInt(1, pid);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1) > 0;
            }
        }
    }

    /** Strongest granted mode per pre-existing table (indexes and catalog relations left out). */
    private static Map<String, LockMode> heldTableLocks(Connection observer, int pid) throws Exception {
        Map<String, LockMode> held = new TreeMap<>();
        try (PreparedStatement q = observer.prepareStatement("""
                SELECT c.relname, l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE l.pid = ? AND l.granted AND l.locktype = 'relation' AND n.nspname = 'public'
                """)) {
            q.setInt(1, pid);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    String rel = r.getString(1);
                    if (TABLES.contains(rel)) {
                        held.merge(rel, LockMode.parse(r.getString(2)).orElseThrow(), LockMode::strongest);
                    }
                }
            }
        }
        return held;
    }

    private static Map<String, LockMode> predicted(StatementLocks locks) {
        Map<String, LockMode> out = new TreeMap<>();
        for (RelationLock l : locks.locks()) {
            QualifiedName n = l.relation();
            if (TABLES.contains(n.name())) {
                out.merge(n.name(), l.mode(), LockMode::strongest);
            }
        }
        return out;
    }
}

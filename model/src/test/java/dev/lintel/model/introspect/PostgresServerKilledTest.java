package dev.lintel.model.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.lintel.model.testing.PostgresServer;
import dev.lintel.model.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server goes away while an introspection is inside a catalog query: the session is
 * terminated by an administrator ({@code pg_terminate_backend}) or the whole server is killed
 * ({@code pg_ctl stop -m immediate}, as in a crash). The query is made to wait deterministically
 * on a catalog lock held by a second connection ({@link CatalogLock}), and the kill happens only
 * once the server reports the introspection's backend as waiting. Either way the read ends with
 * one line saying the connection was lost, and no schema (partial or not) comes back.
 */
class PostgresServerKilledTest {
    private static final String PASSWORD = "pw-Kill3d"; // trust auth ignores it; it must not be echoed
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private PostgresServer dedicated;

    @AfterEach
    void stop() {
        worker.shutdownNow();
        if (dedicated != null) {
            dedicated.stop();
        }
    }

    @Test
    void aSessionTerminatedInTheMiddleOfAQueryFailsWithOneLineAndNoSchema() throws Exception {
        try (TestDatabase db = PostgresServer.shared().createDatabase("terminated")) {
            createTables(db);
            List<String> queries = new CopyOnWriteArrayList<>();
            Future<IntrospectionResult> read;
            try (CatalogLock lock = new CatalogLock(db, "pg_sequence")) {
                read = startReading(db, queries);
                lock.terminate(lock.awaitIntrospectionBlocked(read));
            }
            IntrospectionException e = failureOf(read);
            // The catalog queries go in one batch: the one waiting on pg_sequence was sent with it.
            assertTrue(queries.contains("sequences"), "the batch that was running: " + queries);
            assertEquals("57P01", e.sqlState());
            FailureMessages.assertUserMessage(e, "127.0.0.1:" + db.server().port() + "/" + db.name(),
                    "nothing was read, retry", PASSWORD);
        }
    }

    @Test
    void aServerKilledInTheMiddleOfAQueryFailsWithOneLineAndNoSchema() throws Exception {
        dedicated = PostgresServer.startDedicated();
        TestDatabase db = dedicated.createDatabase("killed");
        createTables(db);
        List<String> queries = new CopyOnWriteArrayList<>();
        Future<IntrospectionResult> read;
        try (CatalogLock lock = new CatalogLock(db, "pg_sequence")) {
            read = startReading(db, queries);
            lock.awaitIntrospectionBlocked(read);
            dedicated.stop(); // immediate: every backend is cut off, as in a crash
        }
        IntrospectionException e = failureOf(read);
        assertTrue(queries.contains("sequences"), "the batch that was running: " + queries);
        FailureMessages.assertUserMessage(e, "127.0.0.1:" + dedicated.port() + "/" + db.name(),
                "nothing was read, retry", PASSWORD);
    }

    /**
     * The network goes silent between two queries (no reset, nothing): the driver's socket reads
     * are bounded a little beyond the statement timeout, so the read ends with one line instead
     * of waiting forever. (Here 1 s + the 10 s margin.)
     */
    @Test
    void aNetworkThatGoesSilentMidReadEndsWithinTheTimeoutAndNoSchema() throws Exception {
        try (TestDatabase db = PostgresServer.shared().createDatabase("silent");
             StallingProxy proxy = new StallingProxy(db.server().port())) {
            createTables(db);
            IntrospectionListener cutAtTables = new IntrospectionListener() {
                @Override
                public void phase(String phase) {
                    if (phase.equals("tables")) {
                        proxy.stall();
                    }
                }
            };
            String url = db.jdbcUrl().replace(":" + db.server().port() + "/", ":" + proxy.port() + "/") + "&password=" + PASSWORD;
            IntrospectionOptions options = IntrospectionOptions.defaults().withListener(cutAtTables)
                    .withStatementTimeout(Duration.ofSeconds(1));
            Future<IntrospectionResult> read = worker.submit(() -> DatabaseIntrospection.read(url, PasswordProvider.NONE, options));
            IntrospectionException e = failureOf(read);
            FailureMessages.assertUserMessage(e, "127.0.0.1:" + proxy.port() + "/" + db.name(), "raise the timeout", PASSWORD);
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("no answer"), e.getMessage());
        }
    }

    private static void createTables(TestDatabase db) {
        db.executeScript("""
                CREATE TYPE mood AS ENUM ('ok', 'sad');
                CREATE TABLE account (id bigint PRIMARY KEY, feeling mood);
                CREATE TABLE item (id bigint PRIMARY KEY, account_id bigint REFERENCES account);
                CREATE INDEX item_account ON item (account_id);
                """, true);
    }

    private Future<IntrospectionResult> startReading(TestDatabase db, List<String> queries) {
        IntrospectionListener recorder = new IntrospectionListener() {
            @Override
            public void querySent(String label) {
                queries.add(label);
            }
        };
        IntrospectionOptions options = IntrospectionOptions.defaults().withListener(recorder)
                .withStatementTimeout(Duration.ofSeconds(60));
        String url = db.jdbcUrl() + "&password=" + PASSWORD;
        return worker.submit(() -> DatabaseIntrospection.read(url, PasswordProvider.NONE, options));
    }

    /**
     * The introspection's outcome, which must be a failure. The bound only guards the build
     * against a hang (the behaviour under test); it is far above any real answer time.
     */
    private static IntrospectionException failureOf(Future<IntrospectionResult> read) throws Exception {
        try {
            IntrospectionResult result = read.get(2, TimeUnit.MINUTES);
            throw new AssertionError("a schema came back from a dead server: " + result.schema().tables().size() + " tables");
        } catch (ExecutionException e) {
            return assertInstanceOf(IntrospectionException.class, e.getCause());
        }
    }
}

package dev.lintel.model.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.testing.PostgresServer;
import dev.lintel.model.testing.TestDatabase;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Failures after the login, on the shared server: a catalog query that runs past the statement
 * timeout (it waits on a catalog lock another session holds) and a catalog the user may not
 * read (its SELECT revoked from PUBLIC in that database). Each is one line with the likely fix.
 */
class PostgresCatalogFailureTest {
    private static final String PASSWORD = "pw-Cat4log"; // trust auth ignores it; it must not be echoed
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void aQueryWaitingPastTheStatementTimeoutIsATimeoutWithItsFix() throws Exception {
        try (TestDatabase db = PostgresServer.shared().createDatabase("timeout")) {
            db.executeScript("CREATE SEQUENCE counter;", true);
            String url = db.jdbcUrl() + "&password=" + PASSWORD;
            IntrospectionOptions options = IntrospectionOptions.defaults().withStatementTimeout(Duration.ofSeconds(1));
            Future<IntrospectionResult> read;
            try (CatalogLock lock = new CatalogLock(db, "pg_sequence")) {
                read = worker.submit(() -> DatabaseIntrospection.read(url, PasswordProvider.NONE, options));
                lock.awaitIntrospectionBlocked(read);
                // The lock is held until the read ends: only the timeout can end it. The bound guards against a hang.
                java.util.concurrent.ExecutionException failed = assertThrows(java.util.concurrent.ExecutionException.class,
                        () -> read.get(2, TimeUnit.MINUTES));
                IntrospectionException e = (IntrospectionException) failed.getCause();
                assertTrue(e.sqlState().equals("57014") || e.sqlState().equals("55P03"), e.sqlState());
                FailureMessages.assertUserMessage(e, db.name(), "timed out", PASSWORD);
                assertTrue(e.getMessage().contains("raise the timeout"), e.getMessage());
            }
        }
    }

    @Test
    void aCatalogTheUserMayNotReadNamesTheGrantThatFixesIt() throws Exception {
        try (TestDatabase db = PostgresServer.shared().createDatabase("no_catalog")) {
            String role = "lintel_denied_" + db.name();
            db.executeScript("""
                    CREATE TABLE account (id bigint PRIMARY KEY);
                    CREATE ROLE %1$s LOGIN;
                    REVOKE SELECT ON pg_catalog.pg_trigger FROM PUBLIC;
                    """.formatted(role), true);
            try {
                String url = db.jdbcUrl().replace("user=postgres", "user=" + role) + "&password=" + PASSWORD;
                IntrospectionException e = assertThrows(IntrospectionException.class,
                        () -> DatabaseIntrospection.read(url, PasswordProvider.NONE, IntrospectionOptions.defaults()));
                assertEquals("42501", e.sqlState());
                FailureMessages.assertUserMessage(e, db.name(), "GRANT SELECT ON pg_catalog.pg_trigger", PASSWORD);
            } finally {
                db.executeScript("DROP OWNED BY %1$s; DROP ROLE %1$s;".formatted(role), false);
            }
        }
    }
}

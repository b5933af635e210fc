package dev.lintel.model.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lintel.model.testing.PostgresServer;
import dev.lintel.model.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server that accepts TCP connections only over TLS (pg_hba.conf {@code hostssl} lines only):
 * a plain connection gets one line saying TLS is required and how to ask for it, and following
 * that advice works.
 */
class PostgresTlsRequiredTest {
    private static final String PASSWORD = "pw-Tl5"; // trust auth ignores it; it must not be echoed
    private static PostgresServer server;
    private static TestDatabase db;

    @BeforeAll
    static void start() {
        server = PostgresServer.startTlsOnly();
        db = server.createDatabase("tls");
        db.executeScript("CREATE TABLE account (id bigint PRIMARY KEY);", true);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aPlainConnectionIsToldToUseTls() {
        String url = db.jdbcUrl() + "&sslmode=disable&password=" + PASSWORD;
        IntrospectionException e = assertThrows(IntrospectionException.class,
                () -> DatabaseIntrospection.read(url, PasswordProvider.NONE, IntrospectionOptions.defaults()));
        assertEquals("28000", e.sqlState());
        FailureMessages.assertUserMessage(e, "127.0.0.1:" + server.port(), "sslmode=require", PASSWORD);
    }

    @Test
    void theAdvisedSslModeReadsTheSchema() throws Exception {
        String url = db.jdbcUrl() + "&sslmode=require&password=" + PASSWORD;
        IntrospectionResult result = DatabaseIntrospection.read(url, PasswordProvider.NONE, IntrospectionOptions.defaults());
        assertEquals(1, result.schema().tables().size());
    }
}

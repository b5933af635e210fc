package dev.lintel.model.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.testing.PostgresServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Connection failures give one line with the likely fix and never the password: against a
 * server that requires passwords (scram), and a port nobody listens on.
 */
class PostgresConnectionFailureTest {
    private static final String SECRET = "s3cret-Pw";
    private static PostgresServer server;

    @BeforeAll
    static void start() {
        server = PostgresServer.startWithPassword(SECRET);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + server.port() + "/" + database + "?user=postgres";
    }

    @Test
    void wrongPasswordSaysSoWithoutEchoingIt() {
        String url = url("postgres") + "&password=wrong-one";
        IntrospectionException e = assertThrows(IntrospectionException.class,
                () -> DatabaseIntrospection.read(url, PasswordProvider.NONE, IntrospectionOptions.defaults()));
        assertEquals("28P01", e.sqlState());
        FailureMessages.assertUserMessage(e, "127.0.0.1:" + server.port(), "check the password", "wrong-one");
        assertTrue(e.getMessage().contains("wrong password"), e.getMessage());
        assertTrue(e.getMessage().contains("password=***"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-one"), e.getMessage());
    }

    @Test
    void noPasswordAsksTheProviderOnlyWhenTheServerWantsOne() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        PasswordProvider prompt = new PasswordProvider() {
            @Override
            public char[] ask(String redactedUrl) {
                asked.incrementAndGet();
                return SECRET.toCharArray();
            }
        };
        IntrospectionResult result = DatabaseIntrospection.read(url("postgres"), prompt, IntrospectionOptions.defaults());
        assertEquals(1, asked.get());
        assertTrue(result.serverVersion().startsWith("PostgreSQL"));
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.message().contains(SECRET)));
    }

    @Test
    void aMissingPasswordNamesTheWaysToGiveOne() {
        IntrospectionException e = assertThrows(IntrospectionException.class,
                () -> DatabaseIntrospection.read(url("postgres"), PasswordProvider.NONE, IntrospectionOptions.defaults()));
        FailureMessages.assertUserMessage(e, "127.0.0.1:" + server.port(), "--password-env", SECRET);
    }

    @Test
    void anUnknownDatabaseIsNamed() {
        IntrospectionException e = assertThrows(IntrospectionException.class, () -> DatabaseIntrospection.read(
                url("no_such_db"), PasswordProvider.of(SECRET.toCharArray()), IntrospectionOptions.defaults()));
        assertEquals("3D000", e.sqlState());
        FailureMessages.assertUserMessage(e, "no_such_db", "check its name", SECRET);
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aClosedPortIsAConnectionRefused() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/x?user=postgres&password=hunter2";
        IntrospectionException e = assertThrows(IntrospectionException.class,
                () -> DatabaseIntrospection.read(url, PasswordProvider.NONE, IntrospectionOptions.defaults()));
        assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
        FailureMessages.assertUserMessage(e, "127.0.0.1:" + port, "is the server running", "hunter2");
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void aServerThatAcceptsButNeverAnswersTimesOutWithinTheConnectTimeout() throws IOException {
        // The kernel completes the TCP handshake for the backlog: the client is connected, and no byte ever comes back.
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String url = "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/x?user=postgres&password=" + SECRET;
            IntrospectionOptions options = IntrospectionOptions.defaults().withConnectTimeout(Duration.ofSeconds(1));
            IntrospectionException e = assertThrows(IntrospectionException.class,
                    () -> DatabaseIntrospection.read(url, PasswordProvider.NONE, options));
            FailureMessages.assertUserMessage(e, "127.0.0.1:" + silent.getLocalPort(), "check the host, port", SECRET);
            assertTrue(e.getMessage().contains("no answer"), e.getMessage());
        }
    }
}

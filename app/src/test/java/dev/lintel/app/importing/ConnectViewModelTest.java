package dev.lintel.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.task.ThreadPoolTaskExecutor;
import dev.lintel.model.introspect.IntrospectionResult;
import dev.lintel.model.testing.PostgresServer;
import dev.lintel.model.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dialog's view-model without a window: the URL it builds, and Cancel reaching the server.
 * Callbacks run on the worker thread here (no UI thread is needed to observe properties).
 */
class ConnectViewModelTest {
    @TempDir
    Path config;

    @Test
    void buildsTheUrlFromTheFieldsWithoutThePassword() {
        try (ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor(1, Runnable::run)) {
            ConnectViewModel vm = new ConnectViewModel(executor, new ConnectionProfiles(config.resolve("c.json")), r -> { });
            vm.hostProperty().set("db.example");
            vm.portProperty().set("6543");
            vm.databaseProperty().set("my shop");
            vm.userProperty().set("me");
            vm.passwordProperty().set("hunter2");
            assertEquals("jdbc:postgresql://db.example:6543/my%20shop?user=me", vm.jdbcUrl());
            vm.kindProperty().set(DatabaseKind.H2);
            assertEquals("6543", vm.portProperty().get(), "a port the user typed stays");
            vm.portProperty().set("");
            vm.kindProperty().set(DatabaseKind.POSTGRESQL);
            assertEquals("5432", vm.portProperty().get(), "an untouched port follows the kind's default");
            vm.kindProperty().set(DatabaseKind.H2);
            assertEquals("", vm.portProperty().get());
            vm.hostProperty().set("");
            vm.databaseProperty().set("mem:shop");
            vm.userProperty().set("sa");
            assertEquals("jdbc:h2:mem:shop;USER=sa", vm.jdbcUrl());
        }
    }

    @Test
    void cancelStopsTheCatalogQueryOnTheServerAndReadsNothing() throws Exception {
        AtomicReference<IntrospectionResult> read = new AtomicReference<>();
        try (TestDatabase db = PostgresServer.shared().createDatabase("connect_cancel");
             ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor(1, Runnable::run);
             Connection holder = db.connect(); Connection observer = db.connect()) {
            db.executeScript("CREATE TABLE account (id bigint PRIMARY KEY); CREATE SEQUENCE counter;", true);
            ConnectViewModel vm = new ConnectViewModel(executor, new ConnectionProfiles(config.resolve("c.json")), read::set);
            vm.hostProperty().set("127.0.0.1");
            vm.portProperty().set(Integer.toString(db.server().port()));
            vm.databaseProperty().set(db.name());
            vm.userProperty().set("postgres");
            // A second session holds the catalog the sequences query reads: the read waits there until cancelled.
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.execute("LOCK TABLE pg_catalog.pg_sequence IN ACCESS EXCLUSIVE MODE");
            }

            vm.connect();
            waitUntil(() -> introspectionWaiting(observer) || !vm.busyProperty().get());
            assertTrue(vm.busyProperty().get(), "the read ended before reaching the locked catalog: " + vm.errorProperty().get());
            vm.cancel();
            // The lock is still held: only the server-side cancel can end the wait.
            waitUntil(() -> !introspectionWaiting(observer));
            holder.rollback();

            waitUntil(() -> !vm.busyProperty().get());
            assertEquals("Cancelled: nothing was read", vm.statusProperty().get());
            assertEquals("", vm.errorProperty().get());
            assertTrue(read.get() == null, "no schema is handed over");
            assertFalse(vm.finishedProperty().get());
        }
    }

    private static boolean introspectionWaiting(Connection observer) {
        try (Statement s = observer.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT count(*) FROM pg_stat_activity
                WHERE application_name = 'lintel introspection' AND wait_event_type = 'Lock'""")) {
            rs.next();
            return rs.getInt(1) > 0;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls a condition; the bound (two minutes) only guards the build against a hang. */
    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long giveUp = System.nanoTime() + 120_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("condition not reached (hang)");
            }
            Thread.sleep(20);
        }
    }
}

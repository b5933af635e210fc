package dev.lintel.model.introspect;

import dev.lintel.model.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Future;

/**
 * Holds an ACCESS EXCLUSIVE lock on one catalog table of a test database from a second
 * connection, so that the introspection's query that reads it waits on the server: a
 * deterministic "in the middle of a query" for failure tests, without any sleep-and-hope.
 * The lock is per database (pg_index, pg_constraint ... are not shared catalogs), so other
 * tests on the same server are not touched. Closing rolls the lock back.
 */
final class CatalogLock implements AutoCloseable {
    private final Connection holder;

    CatalogLock(TestDatabase db, String catalogTable) throws SQLException {
        holder = db.connect();
        holder.setAutoCommit(false);
        try (Statement s = holder.createStatement()) {
            s.execute("LOCK TABLE pg_catalog." + catalogTable + " IN ACCESS EXCLUSIVE MODE");
        }
    }

    /**
     * Waits until the introspection's backend waits for a lock, and returns its pid; fails if
     * the introspection ends first (it did not reach the locked catalog). The wait is bounded by
     * the introspection itself, which has a statement timeout.
     */
    int awaitIntrospectionBlocked(Future<?> introspection) throws SQLException, InterruptedException {
        try (PreparedStatement s = holder.prepareStatement("""
                SELECT pid FROM pg_stat_activity
                WHERE wait_event_type = 'Lock' AND datname = current_database() AND pid <> pg_backend_pid()
                """)) {
            while (!introspection.isDone()) {
                try (Statement clear = holder.createStatement()) {
                    // Activity is a per-transaction snapshot and the lock keeps this transaction open: refresh it.
                    clear.execute("SELECT pg_stat_clear_snapshot()");
                }
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return rs.getInt(1);
                    }
                }
                Thread.sleep(20);
            }
        }
        StringBuilder activity = new StringBuilder();
        try (Statement s = holder.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT pid, application_name, state, wait_event_type, wait_event, query FROM pg_stat_activity")) {
            while (rs.next()) {
                activity.append('\n').append(rs.getInt(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3))
                        .append(' ').append(rs.getString(4)).append(' ').append(rs.getString(5)).append(' ').append(rs.getString(6));
            }
        }
        throw new AssertionError("the introspection ended without waiting on the locked catalog; activity:" + activity);
    }

    /** Ends the introspection's session from this second connection, as an administrator would. */
    void terminate(int pid) throws SQLException {
        try (Statement s = holder.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_terminate_backend(" + pid + ")")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                throw new AssertionError("pg_terminate_backend(" + pid + ") found no such backend");
            }
        }
    }

    @Override
    public void close() {
        try {
            holder.rollback();
            holder.close();
        } catch (SQLException e) {
            // The server was stopped under it: the lock went with the server.
        }
    }
}

package dev.lintel.model.introspect;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Lets another thread (a Cancel button) stop an introspection: the flag is checked between
 * queries, and the query running at that moment is cancelled on the server ({@link Statement#cancel}).
 */
public final class Cancellation {
    private volatile boolean cancelled;
    private volatile Statement running;

    public void cancel() {
        cancelled = true;
        Statement s = running;
        if (s != null) {
            try {
                s.cancel();
            } catch (SQLException e) {
                // The statement finished or its connection is gone: nothing left to cancel.
            }
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    void running(Statement statement) {
        running = statement;
        if (cancelled && statement != null) {
            cancel();
        }
    }
}

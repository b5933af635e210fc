package dev.lintel.model.introspect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The one read-only transaction an introspection runs in. Every catalog query goes through
 * {@link #query}, which counts it, tells the listener, bounds it with a query timeout, lets
 * {@link Cancellation} stop it, and checks the cancel flag before it starts.
 *
 * <p>Read-only by construction: the connection is switched to read-only and, for PostgreSQL,
 * the transaction is opened with {@code BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY}
 * (one snapshot for all queries, and the server itself refuses any write). The transaction is
 * always rolled back. Session settings are {@code SET LOCAL}, so the caller's connection comes
 * back as it was.
 */
final class CatalogSession implements AutoCloseable {
    /** Handles one row; the result set is positioned on it. */
    interface RowHandler {
        void row(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final IntrospectionOptions options;
    private final boolean wasAutoCommit;
    private final boolean wasReadOnly;
    private final boolean explicitTransaction;
    private int queries;
    private boolean open;

    private CatalogSession(Connection connection, IntrospectionOptions options, boolean explicitTransaction)
            throws SQLException {
        this.connection = connection;
        this.options = options;
        this.explicitTransaction = explicitTransaction;
        this.wasAutoCommit = connection.getAutoCommit();
        this.wasReadOnly = connection.isReadOnly();
    }

    /** PostgreSQL: an explicit {@code BEGIN ... READ ONLY} with a repeatable-read snapshot. */
    static CatalogSession beginPostgres(Connection connection, IntrospectionOptions options)
            throws SQLException, IntrospectionException {
        CatalogSession session = new CatalogSession(connection, options, true);
        if (!connection.getAutoCommit()) {
            connection.rollback(); // start from a clean state: our BEGIN must open the transaction
            connection.setAutoCommit(true);
        }
        connection.setReadOnly(true);
        session.execute("begin read-only transaction", "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        session.open = true;
        return session;
    }

    /** Other databases: the driver's read-only mode and a transaction of its own, rolled back at the end. */
    static CatalogSession beginGeneric(Connection connection, IntrospectionOptions options) throws SQLException {
        CatalogSession session = new CatalogSession(connection, options, false);
        connection.setReadOnly(true);
        connection.setAutoCommit(false);
        session.open = true;
        return session;
    }

    Connection connection() {
        return connection;
    }

    int queries() {
        return queries;
    }

    IntrospectionListener listener() {
        return options.listener();
    }

    /** Runs one catalog query and hands each row to {@code handler}. */
    void query(String label, String sql, RowHandler handler) throws SQLException, IntrospectionException {
        checkCancelled();
        options.listener().querySent(label);
        queries++;
        try (Statement s = connection.createStatement()) {
            prepare(s);
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    handler.row(rs);
                }
            } finally {
                options.cancellation().running(null);
            }
        }
    }

    /** Runs one statement that returns no rows of interest (BEGIN, settings). */
    void execute(String label, String sql) throws SQLException, IntrospectionException {
        checkCancelled();
        options.listener().querySent(label);
        queries++;
        try (Statement s = connection.createStatement()) {
            prepare(s);
            try {
                s.execute(sql);
            } finally {
                options.cancellation().running(null);
            }
        }
    }

    private void prepare(Statement s) throws SQLException {
        int seconds = (int) Math.max(1, options.statementTimeout().toSeconds());
        s.setQueryTimeout(seconds);
        options.cancellation().running(s);
    }

    void checkCancelled() throws IntrospectionException {
        if (options.cancellation().isCancelled()) {
            throw new IntrospectionException("introspection cancelled", "57014");
        }
    }

    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        try {
            if (explicitTransaction) {
                try (Statement s = connection.createStatement()) {
                    s.execute("ROLLBACK");
                }
            } else {
                connection.rollback();
            }
            connection.setAutoCommit(wasAutoCommit);
            connection.setReadOnly(wasReadOnly);
        } catch (SQLException e) {
            // The connection broke (server gone, cancelled login): nothing to restore on it.
        }
    }
}

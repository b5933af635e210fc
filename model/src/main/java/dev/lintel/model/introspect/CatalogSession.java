package dev.lintel.model.introspect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;

/**
 * The one read-only transaction an introspection runs in. Every catalog query goes through
 * {@link #query}, which counts it, tells the listener, bounds it with a query timeout (and the
 * driver's socket reads with a network timeout just beyond it, see {@link #boundSocketWaits}), lets
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

    /** How long after the statement timeout a silent socket is given up on. */
    private static final long SOCKET_MARGIN_MILLIS = 10_000;

    private final Connection connection;
    private final IntrospectionOptions options;
    private final boolean wasAutoCommit;
    private final boolean wasReadOnly;
    private final boolean explicitTransaction;
    /** The driver's socket read timeout before this session (ms, 0 = none), restored on close; -1 when unsupported. */
    private int previousNetworkTimeout = -1;
    private int queries;
    private boolean open;
    private java.util.function.Consumer<String> sqlSent = sql -> { };

    private CatalogSession(Connection connection, IntrospectionOptions options, boolean explicitTransaction)
            throws SQLException {
        this.connection = connection;
        this.options = options;
        this.explicitTransaction = explicitTransaction;
        this.wasAutoCommit = connection.getAutoCommit();
        this.wasReadOnly = connection.isReadOnly();
    }

    /**
     * Bounds every socket read of the driver a little beyond the statement timeout. The server's
     * statement_timeout and the driver's query timeout come first, but both need the server to
     * answer: a host that dies or a network that drops packets silently sends nothing, not even a
     * reset, and without this the read would wait forever.
     */
    private void boundSocketWaits() throws SQLException {
        long millis = options.statementTimeout().toMillis() + SOCKET_MARGIN_MILLIS;
        try {
            int previous = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, (int) Math.min(Integer.MAX_VALUE, millis));
            previousNetworkTimeout = previous;
        } catch (SQLFeatureNotSupportedException | AbstractMethodError e) {
            // An embedded or old driver: no socket to bound; its query timeout is all there is.
        }
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
        session.boundSocketWaits();
        session.execute("begin read-only transaction", "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        session.open = true;
        return session;
    }

    /** Other databases: the driver's read-only mode and a transaction of its own, rolled back at the end. */
    static CatalogSession beginGeneric(Connection connection, IntrospectionOptions options) throws SQLException {
        CatalogSession session = new CatalogSession(connection, options, false);
        connection.setReadOnly(true);
        session.boundSocketWaits();
        connection.setAutoCommit(false);
        session.open = true;
        return session;
    }

    /** Tests see the text of each query sent from here on. */
    void observeSql(java.util.function.Consumer<String> observer) {
        sqlSent = observer;
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

    /** Registers catalog queries with {@link #query}; {@link #batch} sends them. */
    interface BatchBody {
        void register() throws SQLException, IntrospectionException;
    }

    private record Pending(String label, String sql, RowHandler handler, java.util.List<Runnable> afterRows) {
    }

    private java.util.List<Pending> pending;
    private int roundTrips;

    /**
     * Sends every query that {@code body} registers in one round trip (the driver sends the
     * statements back to back before one Sync) and then hands each result's rows to its handler,
     * in registration order. A remote server 50 ms away costs one wait instead of one per query.
     * The SQL of a registered query must not depend on rows of another query of the same batch.
     */
    void batch(BatchBody body) throws SQLException, IntrospectionException {
        java.util.List<Pending> queued = new java.util.ArrayList<>();
        pending = queued;
        try {
            body.register();
        } finally {
            pending = null;
        }
        if (queued.isEmpty()) {
            return;
        }
        checkCancelled();
        roundTrips++;
        String sql = String.join(";\n", queued.stream().map(Pending::sql).toList());
        try (Statement s = connection.createStatement()) {
            prepare(s);
            try {
                boolean isResult = s.execute(sql);
                for (Pending p : queued) {
                    if (!isResult) {
                        throw new SQLException("catalog query \"" + p.label() + "\" returned no rows", "XX000");
                    }
                    try (ResultSet rs = s.getResultSet()) {
                        while (rs.next()) {
                            p.handler().row(rs);
                        }
                    }
                    p.afterRows().forEach(Runnable::run);
                    isResult = s.getMoreResults();
                }
            } finally {
                options.cancellation().running(null);
            }
        }
    }

    /**
     * Tells the listener how many objects the last query read: at once, or, inside a batch, once
     * that query's rows have been handled.
     */
    void progress(String what, java.util.function.IntSupplier count) {
        afterRows(() -> options.listener().progress(what, count.getAsInt()));
    }

    /** Runs {@code work} once the last query's rows are handled: at once, or inside a batch, after its result. */
    void afterRows(Runnable work) {
        if (pending != null && !pending.isEmpty()) {
            pending.get(pending.size() - 1).afterRows().add(work);
        } else {
            work.run();
        }
    }

    /** Statements sent to the server, a batch counting once. */
    int roundTrips() {
        return roundTrips;
    }

    /** Runs one catalog query and hands each row to {@code handler} (inside {@link #batch}: queues it). */
    void query(String label, String sql, RowHandler handler) throws SQLException, IntrospectionException {
        checkCancelled();
        options.listener().querySent(label);
        queries++;
        sqlSent.accept(sql);
        if (pending != null) {
            pending.add(new Pending(label, sql.strip(), handler, new java.util.ArrayList<>()));
            return;
        }
        roundTrips++;
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
        roundTrips++;
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
            if (previousNetworkTimeout >= 0) {
                connection.setNetworkTimeout(Runnable::run, previousNetworkTimeout);
            }
        } catch (SQLException e) {
            // The connection broke (server gone, cancelled login): nothing to restore on it.
        }
    }
}

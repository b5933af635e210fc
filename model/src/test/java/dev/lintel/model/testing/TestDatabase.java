package dev.lintel.model.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** One throwaway database on the test {@link PostgresServer}; {@link #close()} drops it. */
public final class TestDatabase implements AutoCloseable {
    private final PostgresServer server;
    private final String name;

    TestDatabase(PostgresServer server, String name) {
        this.server = server;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    public PostgresServer server() {
        return server;
    }

    /** A new connection (autocommit, like psql); the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl());
    }

    /** Runs a script through psql with ON_ERROR_STOP as given; returns the refused statements. */
    public List<ScriptError> executeScript(String sql, boolean stopOnError) {
        return server.executeScript(name, sql, stopOnError);
    }

    public List<ScriptError> executeScriptFile(java.nio.file.Path file, boolean stopOnError) {
        return server.executeScriptFile(name, file, stopOnError);
    }

    @Override
    public void close() {
        server.dropDatabase(name);
    }

    @Override
    public String toString() {
        return name + " @ " + jdbcUrl();
    }
}

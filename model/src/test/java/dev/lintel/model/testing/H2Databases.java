package dev.lintel.model.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.util.ScriptReader;

/**
 * In-process H2 databases for tests: each {@link #create(String, String)} is a new, empty,
 * in-memory database ({@code jdbc:h2:mem:<unique>;DB_CLOSE_DELAY=-1}, optionally with a
 * compatibility MODE) that lives until {@link Database#close()}.
 */
public final class H2Databases {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private H2Databases() {
    }

    /** A fresh database in H2's own (regular) mode. */
    public static Database create(String prefix) {
        return create(prefix, null);
    }

    /** @param mode an H2 compatibility mode ({@code PostgreSQL}, {@code MySQL}, ...), or null */
    public static Database create(String prefix, String mode) {
        String name = prefix.replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(Locale.ROOT) + "_" + COUNTER.incrementAndGet();
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + (mode == null ? "" : ";MODE=" + mode);
        return new Database(name, url);
    }

    /**
     * Runs a script statement by statement in autocommit, split by H2's own {@link ScriptReader}
     * (the splitter of H2's RunScript: quotes, comments, {@code $$} bodies).
     *
     * @return every statement H2 refused, with the script line the statement starts on
     */
    public static List<ScriptError> executeScript(Connection connection, String sql, boolean stopOnError) {
        List<ScriptError> errors = new ArrayList<>();
        try (ScriptReader reader = new ScriptReader(new StringReader(sql)); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            int cursor = 0;
            for (String text = reader.readStatement(); text != null; text = reader.readStatement()) {
                int at = sql.indexOf(text, cursor);
                int line = 0;
                if (at >= 0) {
                    cursor = at + text.length();
                    line = lineOf(sql, at + leadingSpace(text));
                }
                if (leadingSpace(text) == text.length()) { // only comments, e.g. after the last semicolon
                    continue;
                }
                try {
                    statement.execute(text);
                } catch (SQLException e) {
                    errors.add(new ScriptError(line, "ERROR:  " + e.getMessage()));
                    if (stopOnError) {
                        break;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return errors;
    }

    /** Length of the whitespace and comments before a statement's first token (its reported line is that token's). */
    private static int leadingSpace(String text) {
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else if (text.startsWith("--", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end + 1;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** One in-memory H2 database; {@link #close()} shuts it down and frees its memory. */
    public static final class Database implements AutoCloseable {
        private final String name;
        private final String url;
        private final Connection keepAlive;

        private Database(String name, String url) {
            this.name = name;
            this.url = url;
            try {
                this.keepAlive = DriverManager.getConnection(url, "sa", "");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot open " + url, e);
            }
        }

        public String name() {
            return name;
        }

        public String jdbcUrl() {
            return url;
        }

        /** A new connection; the caller closes it. */
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, "sa", "");
        }

        public List<ScriptError> executeScript(String sql, boolean stopOnError) {
            try (Connection c = connect()) {
                return H2Databases.executeScript(c, sql, stopOnError);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            try (Statement s = keepAlive.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException("cannot shut down " + url, e));
            } finally {
                try {
                    keepAlive.close();
                } catch (SQLException ignored) {
                    // already closed by SHUTDOWN
                }
            }
        }
    }
}

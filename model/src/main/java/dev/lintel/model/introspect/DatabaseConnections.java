package dev.lintel.model.introspect;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;

/**
 * Opens the connection an introspection reads through: read-only, bounded connect and login
 * time, a password only from the caller ({@link PasswordProvider}) or the driver's own
 * {@code ~/.pgpass}. A prompt is shown only when the server actually asks for a password.
 */
public final class DatabaseConnections {
    private DatabaseConnections() {
    }

    public static Connection open(String url, PasswordProvider passwords, Duration connectTimeout) throws IntrospectionException {
        char[] password = passwords.known();
        try {
            return connect(url, password, connectTimeout);
        } catch (SQLException e) {
            if (password == null && wantsPassword(e)) {
                char[] asked = passwords.ask(JdbcUrls.redact(url));
                if (asked != null) {
                    try {
                        return connect(url, asked, connectTimeout);
                    } catch (SQLException retry) {
                        throw SqlErrorMessages.explain(retry, url, false);
                    } finally {
                        Arrays.fill(asked, '\0');
                    }
                }
            }
            throw SqlErrorMessages.explain(e, url, false);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private static Connection connect(String url, char[] password, Duration connectTimeout) throws SQLException,
            IntrospectionException {
        Driver driver;
        try {
            driver = DriverManager.getDriver(url);
        } catch (SQLException e) {
            throw new IntrospectionException("no JDBC driver for " + JdbcUrls.redact(url) + ": Lintel includes the PostgreSQL"
                    + " and H2 drivers; put another driver's jar on the classpath", e.getSQLState());
        }
        Properties props = new Properties();
        if (password != null) {
            props.setProperty("password", new String(password));
        }
        if (JdbcUrls.kindOf(url) == JdbcUrls.Kind.POSTGRES) {
            String seconds = Long.toString(Math.max(1, connectTimeout.toSeconds()));
            props.setProperty("connectTimeout", seconds);
            props.setProperty("loginTimeout", seconds);
            props.setProperty("ApplicationName", "lintel introspection");
            props.setProperty("readOnly", "true");
        }
        Connection c = driver.connect(url, props);
        if (c == null) {
            throw new IntrospectionException("the JDBC driver does not accept " + JdbcUrls.redact(url));
        }
        c.setReadOnly(true);
        return c;
    }

    /** The server asked for a password the client did not have (SCRAM/md5 without one). */
    private static boolean wantsPassword(SQLException e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return "08004".equals(e.getSQLState()) && text.contains("password")
                || "28P01".equals(e.getSQLState()) && text.contains("no password");
    }
}

package dev.lintel.model.introspect;

import dev.lintel.model.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one entry point for "read this JDBC URL": opens a read-only connection, picks the
 * introspector for the database (PostgreSQL, H2, else generic JDBC metadata) and closes it.
 */
public final class DatabaseIntrospection {
    private DatabaseIntrospection() {
    }

    public static IntrospectionResult read(String url, PasswordProvider passwords, IntrospectionOptions options)
            throws IntrospectionException {
        options.listener().phase("connecting");
        try (Connection c = DatabaseConnections.open(url, passwords, options.connectTimeout())) {
            return switch (JdbcUrls.kindOf(url)) {
                case POSTGRES -> new PostgresIntrospector().introspect(c, options, url);
                case H2 -> new H2Introspector().introspect(c, options, url);
                case OTHER -> new JdbcMetadataIntrospector().introspect(c, options, url);
            };
        } catch (SQLException e) {
            throw SqlErrorMessages.explain(e, url, options.cancellation().isCancelled());
        }
    }

    /**
     * Connects and reports the server ("PostgreSQL 15.10"), reading nothing else: a connection
     * dialog's Test button. Failures are the same one-line messages as {@link #read}.
     */
    public static String test(String url, PasswordProvider passwords, IntrospectionOptions options)
            throws IntrospectionException {
        try (Connection c = DatabaseConnections.open(url, passwords, options.connectTimeout())) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw SqlErrorMessages.explain(e, url, false);
        }
    }

    /** The dialect a URL's schema is read as, or null for a generic JDBC database. */
    public static Dialect dialectOf(String url) {
        return switch (JdbcUrls.kindOf(url)) {
            case POSTGRES -> Dialect.POSTGRES;
            case H2 -> Dialect.H2;
            case OTHER -> null;
        };
    }
}

package dev.lintel.model.introspect;

/**
 * Introspection could not be done; the message is one line a user understands, with the likely
 * fix. The driver's exception is deliberately not chained: its text may echo the connection URL
 * or properties, so only its SQLState is kept (the message is already redacted).
 */
public class IntrospectionException extends Exception {
    private final String sqlState;

    public IntrospectionException(String message, String sqlState) {
        super(JdbcUrls.redact(message));
        this.sqlState = sqlState;
    }

    public IntrospectionException(String message) {
        this(message, null);
    }

    /** The SQLState of the underlying database error, or null. */
    public String sqlState() {
        return sqlState;
    }
}

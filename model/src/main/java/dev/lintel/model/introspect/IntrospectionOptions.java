package dev.lintel.model.introspect;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to introspect.
 *
 * @param includeSchemas schema name patterns to read ({@code *} and {@code ?} wildcards); empty means all
 * @param excludeSchemas schema name patterns to leave out, applied after the includes
 * @param statementTimeout upper bound of each catalog query (server side and driver side)
 * @param connectTimeout upper bound of opening the connection: the TCP connect and the login each
 */
public record IntrospectionOptions(List<String> includeSchemas, List<String> excludeSchemas, Duration statementTimeout,
                                   IntrospectionListener listener, Cancellation cancellation, Duration connectTimeout) {
    public IntrospectionOptions {
        includeSchemas = includeSchemas == null ? List.of() : List.copyOf(includeSchemas);
        excludeSchemas = excludeSchemas == null ? List.of() : List.copyOf(excludeSchemas);
        statementTimeout = Objects.requireNonNullElse(statementTimeout, Duration.ofSeconds(60));
        listener = Objects.requireNonNullElse(listener, IntrospectionListener.NONE);
        cancellation = Objects.requireNonNullElseGet(cancellation, Cancellation::new);
        connectTimeout = Objects.requireNonNullElse(connectTimeout, Duration.ofSeconds(10));
    }

    public static IntrospectionOptions defaults() {
        return new IntrospectionOptions(List.of(), List.of(), null, null, null, null);
    }

    public IntrospectionOptions withListener(IntrospectionListener v) {
        return new IntrospectionOptions(includeSchemas, excludeSchemas, statementTimeout, v, cancellation, connectTimeout);
    }

    public IntrospectionOptions withSchemas(List<String> include, List<String> exclude) {
        return new IntrospectionOptions(include, exclude, statementTimeout, listener, cancellation, connectTimeout);
    }

    public IntrospectionOptions withCancellation(Cancellation v) {
        return new IntrospectionOptions(includeSchemas, excludeSchemas, statementTimeout, listener, v, connectTimeout);
    }

    public IntrospectionOptions withStatementTimeout(Duration v) {
        return new IntrospectionOptions(includeSchemas, excludeSchemas, v, listener, cancellation, connectTimeout);
    }

    public IntrospectionOptions withConnectTimeout(Duration v) {
        return new IntrospectionOptions(includeSchemas, excludeSchemas, statementTimeout, listener, cancellation, v);
    }
}

package dev.lintel.model.introspect;

/**
 * Progress of an introspection, for a progress bar or a log. Called on the introspecting thread;
 * implementations must be quick. All methods default to doing nothing.
 */
public interface IntrospectionListener {
    IntrospectionListener NONE = new IntrospectionListener() {
    };

    /** A phase starts ({@code "tables"}, {@code "indexes"} ...). */
    default void phase(String phase) {
    }

    /** A phase read {@code count} objects. */
    default void progress(String phase, int count) {
    }

    /** A query is about to be sent to the server; {@code label} says what it reads. */
    default void querySent(String label) {
    }
}

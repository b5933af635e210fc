package dev.lintel.model.introspect;

import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.schema.Schema;
import java.util.List;

/**
 * A schema read from a live database.
 *
 * @param source the redacted URL or a description of the database
 * @param serverVersion the server's product name and version, for reports
 * @param queries how many queries were sent (fixed for PostgreSQL, whatever the schema's size)
 * @param roundTrips how many times the reader waited for the server (PostgreSQL sends its catalog
 *        queries in one batch); equal to {@code queries} where each query is its own round trip
 */
public record IntrospectionResult(Schema schema, List<Diagnostic> diagnostics, String source, String serverVersion,
                                  int queries, int roundTrips) {
    public IntrospectionResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** A reader that waits for each query: one round trip per query. */
    public IntrospectionResult(Schema schema, List<Diagnostic> diagnostics, String source, String serverVersion, int queries) {
        this(schema, diagnostics, source, serverVersion, queries, queries);
    }
}

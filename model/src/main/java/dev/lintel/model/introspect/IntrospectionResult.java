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
 */
public record IntrospectionResult(Schema schema, List<Diagnostic> diagnostics, String source, String serverVersion,
                                  int queries) {
    public IntrospectionResult {
        diagnostics = List.copyOf(diagnostics);
    }
}

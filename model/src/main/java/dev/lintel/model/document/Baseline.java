package dev.lintel.model.document;

import dev.lintel.model.schema.Schema;
import java.util.Objects;

/**
 * The schema a document is compared with: what is deployed, or the state the last review signed.
 * Its own section of the file, so marking a new baseline leaves the schema's lines alone.
 *
 * @param source where the baseline came from, for the user ("marked in this document", a file
 *        name, a redacted JDBC URL); never a password
 */
public record Baseline(Schema schema, String source) {
    public Baseline {
        Objects.requireNonNull(schema, "schema");
        schema = schema.normalize();
        source = source == null ? "" : source;
    }
}

package dev.lintel.model.document;

import dev.lintel.model.schema.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A review sign-off: who approved which exact schema ({@code schemaFingerprint}, see
 * {@link DocumentCodec#fingerprint}), when, with what still open. Any later schema change makes
 * the fingerprint differ, which marks the sign-off outdated.
 *
 * @param signedSchema the normalized schema that was signed, kept so that "what changed since" can be
 *        told exactly (and so it can serve as a migration baseline); null in sign-offs that did not keep it
 */
public record SignOff(List<String> reviewers, Instant date, String schemaFingerprint, String note, List<String> openItems,
                      Schema signedSchema) {
    public SignOff {
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
        Objects.requireNonNull(schemaFingerprint, "schemaFingerprint");
        openItems = openItems == null ? List.of() : List.copyOf(openItems);
        signedSchema = signedSchema == null ? null : signedSchema.normalize();
    }

    /** A sign-off that records only the fingerprint of the schema. */
    public SignOff(List<String> reviewers, Instant date, String schemaFingerprint, String note, List<String> openItems) {
        this(reviewers, date, schemaFingerprint, note, openItems, null);
    }

    /** True when this sign-off certifies exactly {@code schema}. */
    public boolean appliesTo(Schema schema) {
        return schemaFingerprint.equals(DocumentCodec.fingerprint(schema));
    }
}

package dev.lintel.model.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A review sign-off: who approved which exact schema ({@code schemaFingerprint}, see
 * {@link DocumentCodec#fingerprint}), when, with what still open. Any later schema change makes
 * the fingerprint differ, which marks the sign-off outdated.
 */
public record SignOff(List<String> reviewers, Instant date, String schemaFingerprint, String note, List<String> openItems) {
    public SignOff {
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
        Objects.requireNonNull(schemaFingerprint, "schemaFingerprint");
        openItems = openItems == null ? List.of() : List.copyOf(openItems);
    }
}

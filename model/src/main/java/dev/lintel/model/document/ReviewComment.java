package dev.lintel.model.document;

import java.time.Instant;
import java.util.Objects;

/**
 * A review comment on an object ({@code target} is an {@code ObjectPath} string, or a finding key).
 * Threads are formed by {@code inReplyTo} (the id of the comment answered), so that two people
 * adding replies to different threads never edit the same lines of the file.
 */
public record ReviewComment(String id, String target, String author, Instant created, String text, boolean resolved,
                            String inReplyTo) {
    public ReviewComment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(text, "text");
    }
}

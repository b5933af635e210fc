package dev.lintel.model.document;

import java.time.Instant;
import java.util.Objects;

/**
 * A review comment on an object: {@code target} is an {@code ObjectPath} string
 * ({@code column:public.users.email}) or a finding key ({@code finding:rule-id@column:public.users.email},
 * see {@link dev.lintel.model.review.FindingKey}). Threads are formed by {@code inReplyTo} (the id of the
 * thread's first comment), so that two people adding replies to different threads never edit the same
 * lines of the file; {@code resolved} is meaningful on a thread's first comment and closes the thread.
 *
 * @param text Markdown
 * @param description true when the text is meant as the object's documentation comment: these are what
 *        {@code lintel comments-sql} exports as {@code COMMENT ON} statements (discussion is not)
 */
public record ReviewComment(String id, String target, String author, Instant created, String text, boolean resolved,
                            String inReplyTo, boolean description) {
    public ReviewComment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a review comment needs an id");
        }
    }

    /** A discussion comment (not a description). */
    public ReviewComment(String id, String target, String author, Instant created, String text, boolean resolved,
                         String inReplyTo) {
        this(id, target, author, created, text, resolved, inReplyTo, false);
    }

    public boolean isReply() {
        return inReplyTo != null;
    }

    /** The id of the thread this comment belongs to (its own id for a thread's first comment). */
    public String threadId() {
        return inReplyTo == null ? id : inReplyTo;
    }

    public ReviewComment withResolved(boolean v) {
        return new ReviewComment(id, target, author, created, text, v, inReplyTo, description);
    }
}

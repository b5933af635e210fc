package dev.lintel.model.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Review data that travels with the document: comments and sign-offs. Both lists are kept in one
 * canonical order (comments by id, sign-offs by date), so that the file is deterministic and two
 * people who add or resolve comments on different objects edit different lines of it.
 */
public record Review(List<ReviewComment> comments, List<SignOff> signOffs) {
    private static final Comparator<SignOff> SIGN_OFF_ORDER = Comparator
            .comparing(SignOff::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SignOff::schemaFingerprint);

    public Review {
        comments = comments == null ? List.of()
                : comments.stream().sorted(Comparator.comparing(ReviewComment::id)).toList();
        signOffs = signOffs == null ? List.of() : signOffs.stream().sorted(SIGN_OFF_ORDER).toList();
    }

    public static Review empty() {
        return new Review(List.of(), List.of());
    }

    public Optional<ReviewComment> comment(String id) {
        return comments.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The first comment of each thread, oldest first. */
    public List<ReviewComment> threads() {
        return comments.stream().filter(c -> !c.isReply()).sorted(CHRONOLOGICAL).toList();
    }

    /** The replies to a thread, oldest first. */
    public List<ReviewComment> replies(String threadId) {
        return comments.stream().filter(c -> threadId.equals(c.inReplyTo())).sorted(CHRONOLOGICAL).toList();
    }

    /** Threads that nobody has resolved yet. */
    public List<ReviewComment> openThreads() {
        return threads().stream().filter(c -> !c.resolved()).toList();
    }

    /** This review with one more comment; a reply must answer an existing thread. */
    public Review withComment(ReviewComment c) {
        if (comment(c.id()).isPresent()) {
            throw new IllegalArgumentException("a comment with id " + c.id() + " already exists");
        }
        if (c.isReply() && comment(c.inReplyTo()).filter(t -> !t.isReply()).isEmpty()) {
            throw new IllegalArgumentException("comment " + c.id() + " answers " + c.inReplyTo() + ", which is not a thread");
        }
        List<ReviewComment> next = new ArrayList<>(comments);
        next.add(c);
        return new Review(next, signOffs);
    }

    /** Resolves (or reopens) the thread that {@code commentId} belongs to. */
    public Review withResolved(String commentId, boolean resolved) {
        String thread = comment(commentId).map(ReviewComment::threadId)
                .orElseThrow(() -> new IllegalArgumentException("no comment with id " + commentId));
        return new Review(comments.stream().map(c -> c.id().equals(thread) ? c.withResolved(resolved) : c).toList(),
                signOffs);
    }

    public Review withSignOff(SignOff s) {
        List<SignOff> next = new ArrayList<>(signOffs);
        next.add(s);
        return new Review(comments, next);
    }

    /** The most recent sign-off, if any. */
    public Optional<SignOff> latestSignOff() {
        return signOffs.isEmpty() ? Optional.empty() : Optional.of(signOffs.get(signOffs.size() - 1));
    }

    private static final Comparator<ReviewComment> CHRONOLOGICAL = Comparator
            .comparing(ReviewComment::created, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ReviewComment::id);
}

package dev.lintel.model.review;

import dev.lintel.model.document.DocumentCodec;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.document.Review;
import dev.lintel.model.document.ReviewComment;
import dev.lintel.model.document.SignOff;
import dev.lintel.model.lint.Finding;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.lint.LintSettings;
import dev.lintel.model.lint.Waiver;
import dev.lintel.model.schema.ObjectPath;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The review commands on a document, as pure functions from one document value to the next:
 * comment, reply, resolve, waive a finding, sign off. The UI and the CLI share them.
 *
 * <p>Comment ids are random rather than sequential on purpose: comments are stored sorted by id, so
 * two people adding comments at the same time insert them at different places in the file, and a
 * three-way merge of their files does not conflict (sequential ids would both append at the end).
 */
public final class ReviewActions {
    private final Supplier<String> ids;

    public ReviewActions(Supplier<String> ids) {
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** Ids from a secure random source: 12 hex digits, collisions negligible for any real review. */
    public static ReviewActions withRandomIds() {
        SecureRandom random = new SecureRandom();
        return new ReviewActions(() -> {
            byte[] b = new byte[6];
            random.nextBytes(b);
            return HexFormat.of().formatHex(b);
        });
    }

    /** Starts a thread on an object path or a finding key. */
    public LintelDocument comment(LintelDocument doc, String target, String author, Instant when, String markdown) {
        return add(doc, new ReviewComment(newId(doc.review()), checkedTarget(target), author, when, checkedText(markdown),
                false, null, false));
    }

    /** Proposes {@code markdown} as the documentation comment of a table or column (see {@code lintel comments-sql}). */
    public LintelDocument describe(LintelDocument doc, ObjectPath object, String author, Instant when, String text) {
        if (object.kind() != ObjectPath.Kind.TABLE && object.kind() != ObjectPath.Kind.COLUMN) {
            throw new IllegalArgumentException("only tables and columns take a description: " + object);
        }
        return add(doc, new ReviewComment(newId(doc.review()), object.toString(), author, when, checkedText(text),
                false, null, true));
    }

    public LintelDocument reply(LintelDocument doc, String threadId, String author, Instant when, String markdown) {
        ReviewComment thread = doc.review().comment(threadId)
                .orElseThrow(() -> new IllegalArgumentException("no comment with id " + threadId));
        return add(doc, new ReviewComment(newId(doc.review()), thread.target(), author, when, checkedText(markdown),
                false, thread.threadId(), false));
    }

    public LintelDocument resolve(LintelDocument doc, String commentId, boolean resolved) {
        return doc.withReview(doc.review().withResolved(commentId, resolved));
    }

    /** Waives a finding; the reason is mandatory (a waiver without one is a silent suppression). */
    public LintelDocument waive(LintelDocument doc, Finding finding, String reason, String author, LocalDate date) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a waiver needs a reason");
        }
        Waiver w = new Waiver(finding.ruleId(), finding.object(), reason.strip(), author, date);
        LintSettings lint = doc.lint();
        List<Waiver> rest = lint.waivers().stream().filter(x -> !(x.ruleId().equals(w.ruleId())
                && x.objectPath().equals(w.objectPath()))).toList();
        List<Waiver> next = new ArrayList<>(rest);
        next.add(w);
        return doc.withLint(lint.withWaivers(next));
    }

    /**
     * Signs the document's current schema off. The open items are what the reviewers accept as still
     * open: unresolved threads and findings that are not waived (from {@code lint}, a run on this schema).
     */
    public LintelDocument signOff(LintelDocument doc, List<String> reviewers, Instant when, String note, LintResult lint) {
        if (reviewers == null || reviewers.stream().allMatch(r -> r == null || r.isBlank())) {
            throw new IllegalArgumentException("a sign-off needs at least one reviewer");
        }
        List<String> open = new ArrayList<>();
        for (ReviewComment c : doc.review().openThreads()) {
            open.add("comment " + c.id() + " on " + c.target() + ": " + firstLine(c.text()));
        }
        if (lint != null) {
            for (Finding f : lint.active()) {
                open.add(f.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + FindingKey.of(f) + ": " + f.message());
            }
        }
        SignOff s = new SignOff(reviewers.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList(),
                when, DocumentCodec.fingerprint(doc.schema()), note, open, doc.schema());
        return doc.withReview(doc.review().withSignOff(s));
    }

    /** The status of the latest sign-off against the document's schema, or null when nobody signed off. */
    public static SignOffStatus status(LintelDocument doc) {
        return doc.review().latestSignOff().map(s -> SignOffStatus.of(s, doc.schema())).orElse(null);
    }

    /** Today's date in UTC, the date waivers record. */
    public static LocalDate today(Instant now) {
        return now.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private LintelDocument add(LintelDocument doc, ReviewComment c) {
        return doc.withReview(doc.review().withComment(c));
    }

    private String newId(Review review) {
        for (int i = 0; i < 100; i++) {
            String id = ids.get();
            if (review.comment(id).isEmpty()) {
                return id;
            }
        }
        throw new IllegalStateException("the id source keeps repeating ids");
    }

    private static String checkedTarget(String target) {
        FindingKey.objectOf(target); // throws with a clear message when the target is malformed
        return target;
    }

    private static String checkedText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a comment needs text");
        }
        return text.strip();
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl) + " ...";
    }
}

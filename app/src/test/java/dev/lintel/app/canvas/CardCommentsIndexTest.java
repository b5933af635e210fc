package dev.lintel.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.document.Review;
import dev.lintel.model.document.ReviewComment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CardCommentsIndexTest {
    private static ReviewComment c(String id, String target, String text, boolean resolved, String inReplyTo, int second) {
        return new ReviewComment(id, target, "ana", Instant.ofEpochSecond(second), text, resolved, inReplyTo);
    }

    @Test
    void countsOpenThreadsOnATableAndItsMembersButNotResolvedOnesOrReplies() {
        Review review = new Review(List.of(
                c("a1", "table:public.users", "Should email be citext?\nsecond line", false, null, 1),
                c("a2", "column:public.users.email", "Length?", false, null, 2),
                c("a3", "finding:design-email-not-unique@column:public.users.email", "Unique upstream", false, null, 3),
                c("a4", "table:public.users", "done", true, null, 4),
                c("a5", "table:public.users", "a reply", false, "a1", 5),
                c("b1", "table:public.orders", "closed", true, null, 6),
                c("z1", "not a path", "from a hand-edited file", false, null, 7)), List.of());

        Map<String, CardComments> index = CardCommentsIndex.of(review);

        assertEquals(Map.of("table:public.users", new CardComments(3, List.of(
                "ana: Should email be citext? \u2026", "ana: Length?", "ana: Unique upstream"))), index);
        assertTrue(CardCommentsIndex.of(Review.empty()).isEmpty());
        assertTrue(CardCommentsIndex.of(null).isEmpty());
    }
}

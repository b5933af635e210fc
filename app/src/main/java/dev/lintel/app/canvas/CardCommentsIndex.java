package dev.lintel.app.canvas;

import dev.lintel.model.document.Review;
import dev.lintel.model.document.ReviewComment;
import dev.lintel.model.review.FindingKey;
import dev.lintel.model.schema.ObjectPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a review's open threads by the table they concern, for the cards' comment badges.
 * Computed when the review changes (not per frame); resolved threads and replies do not count.
 */
final class CardCommentsIndex {
    private CardCommentsIndex() {
    }

    /** Table path ({@code table:public.orders}) to its open threads; tables without any are absent. */
    static Map<String, CardComments> of(Review review) {
        if (review == null) {
            return Map.of();
        }
        Map<String, List<String>> byTable = new LinkedHashMap<>();
        for (ReviewComment c : review.openThreads()) {
            String table = tableOf(c.target());
            if (table != null) {
                byTable.computeIfAbsent(table, k -> new ArrayList<>()).add(firstLine(c));
            }
        }
        Map<String, CardComments> out = new HashMap<>();
        byTable.forEach((table, lines) -> out.put(table, new CardComments(lines.size(), lines)));
        return out;
    }

    private static String tableOf(String target) {
        try {
            ObjectPath object = FindingKey.objectOf(target);
            return switch (object.kind()) {
                case TABLE, COLUMN, CONSTRAINT, INDEX -> object.ownerPath().toString();
                default -> null;
            };
        } catch (IllegalArgumentException malformed) {
            // A hand-edited file may carry a target we cannot read: it has no card to show on.
            return null;
        }
    }

    private static String firstLine(ReviewComment c) {
        String text = c.text();
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl) + " \u2026";
        return (c.author() == null ? "" : c.author() + ": ") + line;
    }
}

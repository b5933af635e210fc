package dev.lintel.model.report;

import dev.lintel.model.document.Review;
import dev.lintel.model.document.ReviewComment;
import dev.lintel.model.schema.ObjectPath;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The documentation comments written in a review: for each table or column, the text of its latest
 * description comment (by time, then id), keyed by object path string in path order.
 */
final class ReviewDescriptions {
    private ReviewDescriptions() {
    }

    static Map<String, String> of(Review review) {
        Map<String, ReviewComment> latest = new TreeMap<>();
        Comparator<ReviewComment> order = Comparator.comparing(ReviewComment::created,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(ReviewComment::id);
        for (ReviewComment c : review.comments()) {
            if (!c.description()) {
                continue;
            }
            ObjectPath p;
            try {
                p = ObjectPath.parse(c.target());
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (p.kind() == ObjectPath.Kind.TABLE || p.kind() == ObjectPath.Kind.COLUMN) {
                latest.merge(p.toString(), c, (a, b) -> order.compare(a, b) >= 0 ? a : b);
            }
        }
        Map<String, String> out = new TreeMap<>();
        latest.forEach((k, v) -> out.put(k, v.text()));
        return out;
    }
}

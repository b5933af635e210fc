package dev.lintel.model.document;

import java.util.Comparator;
import java.util.List;

/** Review data that travels with the document: comments and sign-offs. */
public record Review(List<ReviewComment> comments, List<SignOff> signOffs) {
    public Review {
        comments = comments == null ? List.of()
                : comments.stream().sorted(Comparator.comparing(ReviewComment::id)).toList();
        signOffs = signOffs == null ? List.of() : List.copyOf(signOffs);
    }

    public static Review empty() {
        return new Review(List.of(), List.of());
    }
}

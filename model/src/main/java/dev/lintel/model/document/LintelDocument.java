package dev.lintel.model.document;

import dev.lintel.model.schema.Schema;
import java.util.Objects;

/**
 * Everything a {@code .lintel} file holds. Each part is its own section of the file, so that
 * a change to one (moving a card, adding a comment) leaves the lines of the others alone.
 */
public record LintelDocument(Schema schema, Layout layout, Review review) {
    public LintelDocument {
        Objects.requireNonNull(schema, "schema");
        layout = layout == null ? Layout.empty() : layout;
        review = review == null ? Review.empty() : review;
    }

    public static LintelDocument of(Schema schema) {
        return new LintelDocument(schema, Layout.empty(), Review.empty());
    }

    public LintelDocument withSchema(Schema v) {
        return new LintelDocument(v, layout, review);
    }

    public LintelDocument withLayout(Layout v) {
        return new LintelDocument(schema, v, review);
    }

    public LintelDocument withReview(Review v) {
        return new LintelDocument(schema, layout, v);
    }
}

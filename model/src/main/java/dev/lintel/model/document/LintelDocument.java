package dev.lintel.model.document;

import dev.lintel.model.lint.LintSettings;
import dev.lintel.model.schema.Schema;
import java.util.Objects;

/**
 * Everything a {@code .lintel} file holds. Each part is its own section of the file, so that
 * a change to one (moving a card, adding a comment) leaves the lines of the others alone.
 *
 * @param lint rule settings, target dialect and waivers that travel with the schema (defaults when absent)
 */
public record LintelDocument(Schema schema, Layout layout, Review review, LintSettings lint) {
    public LintelDocument {
        Objects.requireNonNull(schema, "schema");
        layout = layout == null ? Layout.empty() : layout;
        review = review == null ? Review.empty() : review;
        lint = lint == null ? LintSettings.defaults() : lint;
    }

    /** A document with default lint settings (the form before documents had a lint section). */
    public LintelDocument(Schema schema, Layout layout, Review review) {
        this(schema, layout, review, null);
    }

    public static LintelDocument of(Schema schema) {
        return new LintelDocument(schema, Layout.empty(), Review.empty());
    }

    public LintelDocument withSchema(Schema v) {
        return new LintelDocument(v, layout, review, lint);
    }

    public LintelDocument withLayout(Layout v) {
        return new LintelDocument(schema, v, review, lint);
    }

    public LintelDocument withReview(Review v) {
        return new LintelDocument(schema, layout, v, lint);
    }

    public LintelDocument withLint(LintSettings v) {
        return new LintelDocument(schema, layout, review, v);
    }
}

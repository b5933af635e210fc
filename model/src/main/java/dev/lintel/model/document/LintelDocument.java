package dev.lintel.model.document;

import dev.lintel.model.lint.LintSettings;
import dev.lintel.model.schema.Schema;
import java.util.Objects;

/**
 * Everything a {@code .lintel} file holds. Each part is its own section of the file, so that
 * a change to one (moving a card, adding a comment) leaves the lines of the others alone.
 *
 * @param lint rule settings, target dialect and waivers that travel with the schema (defaults when absent)
 * @param baseline the schema this one is compared with, or null when none is set
 */
public record LintelDocument(Schema schema, Layout layout, Review review, LintSettings lint, Baseline baseline) {
    public LintelDocument {
        Objects.requireNonNull(schema, "schema");
        layout = layout == null ? Layout.empty() : layout;
        review = review == null ? Review.empty() : review;
        lint = lint == null ? LintSettings.defaults() : lint;
    }

    /** A document without a baseline (the form before documents had a baseline section). */
    public LintelDocument(Schema schema, Layout layout, Review review, LintSettings lint) {
        this(schema, layout, review, lint, null);
    }

    /** A document with default lint settings (the form before documents had a lint section). */
    public LintelDocument(Schema schema, Layout layout, Review review) {
        this(schema, layout, review, null, null);
    }

    public static LintelDocument of(Schema schema) {
        return new LintelDocument(schema, Layout.empty(), Review.empty());
    }

    public LintelDocument withSchema(Schema v) {
        return new LintelDocument(v, layout, review, lint, baseline);
    }

    public LintelDocument withLayout(Layout v) {
        return new LintelDocument(schema, v, review, lint, baseline);
    }

    public LintelDocument withReview(Review v) {
        return new LintelDocument(schema, layout, v, lint, baseline);
    }

    public LintelDocument withLint(LintSettings v) {
        return new LintelDocument(schema, layout, review, v, baseline);
    }

    /** @param v the new baseline; null clears it */
    public LintelDocument withBaseline(Baseline v) {
        return new LintelDocument(schema, layout, review, lint, v);
    }
}

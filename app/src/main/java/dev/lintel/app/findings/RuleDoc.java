package dev.lintel.app.findings;

import java.util.List;

/**
 * A rule's Markdown doc, split into blocks the view can draw without a Markdown library.
 *
 * @param title the first heading ("design-fk-without-index: Foreign key without index")
 */
public record RuleDoc(String ruleId, String title, List<Block> blocks) {
    public enum Kind { HEADING, PARAGRAPH, BULLET, CODE }

    /** Paragraph and bullet text may hold {@code `inline code`}; code blocks are verbatim. */
    public record Block(Kind kind, String text) {
    }

    public RuleDoc {
        blocks = List.copyOf(blocks);
    }

    public static RuleDoc missing(String ruleId) {
        return new RuleDoc(ruleId, ruleId, List.of(new Block(Kind.PARAGRAPH, "This rule has no documentation.")));
    }
}

package dev.lintel.app.ddl;

import java.util.List;

/**
 * What the DDL pane shows, published as one value so text and colours never disagree.
 *
 * @param subject what was rendered ("public.orders", "Whole schema"), or a hint when nothing was
 * @param notes what the dialect could not express, one line each
 */
public record RenderedDdl(String subject, String sql, List<HighlightSpan> highlights, List<String> notes) {
    public RenderedDdl {
        highlights = List.copyOf(highlights);
        notes = List.copyOf(notes);
    }

    public static RenderedDdl nothing(String hint) {
        return new RenderedDdl(hint, "", List.of(), List.of());
    }
}

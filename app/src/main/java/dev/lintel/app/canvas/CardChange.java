package dev.lintel.app.canvas;

import java.util.List;
import java.util.Map;

/**
 * What changed on one table since the document's baseline, as its card shows it: the card tinted
 * for a new or a modified table, and its new or changed columns marked. Removed tables have no
 * card; the Changes tab lists them.
 *
 * @param columns column name to its mark, for the columns that are new or changed
 * @param lines the changes in words, for the card's tooltip
 */
public record CardChange(Mark mark, Map<String, Mark> columns, List<String> lines) {
    public enum Mark {
        ADDED, MODIFIED;

        /** The CSS pseudo-class and the word tests and screen readers get: {@code added}, {@code modified}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public CardChange {
        java.util.Objects.requireNonNull(mark, "mark");
        columns = Map.copyOf(columns);
        lines = List.copyOf(lines);
    }
}

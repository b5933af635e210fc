package dev.lintel.app.canvas;

import dev.lintel.model.layout.Size;

/**
 * The fixed geometry of a table card, shared by the card node, the far-zoom painter, the SVG and
 * PNG exports and the layout: a header of {@link #HEADER} px and one row of {@link #ROW} px per
 * column. Widths come from {@link TextWidths} (per-character advances measured once), so sizes can
 * be computed off the UI thread for a 1,000-table layout; the card node is then given exactly that size.
 */
public final class CardGeometry {
    public static final double HEADER = 34;
    public static final double ROW = 20;
    public static final double ROWS_TOP = 4;
    public static final double ROWS_BOTTOM = 6;
    public static final double MIN_WIDTH = 170;
    public static final double MAX_WIDTH = 460;
    // Per marker: its padding (3 + 3), border (1 + 1) and the spacing of its box (2).
    private static final double MARKER = 10;

    private CardGeometry() {
    }

    public static Size sizeOf(TableCard card) {
        // Padding 10 + icon and gap 22 + name + spacing + schema + badge room, as TableCardView builds it.
        double header = 10 + 22 + TextWidths.width(TextWidths.Style.NAME, card.name()) + 6
                + TextWidths.width(TextWidths.Style.SCHEMA, card.schemaName()) + 6 + 44 + 10
                + (card.kind().label().isEmpty() ? 0 : TextWidths.width(TextWidths.Style.SCHEMA, card.kind().label()) + 6);
        // A grid: each of its columns is as wide as its widest cell over all rows.
        double markerColumn = 0;
        double nameColumn = 0;
        double typeColumn = 0;
        for (ColumnLine c : card.columns()) {
            String markers = ColumnMarkerText.of(c);
            int count = markers.isEmpty() ? 0 : markers.split(" ").length;
            markerColumn = Math.max(markerColumn, count * MARKER + TextWidths.width(TextWidths.Style.MARKER, markers.replace(" ", "")));
            nameColumn = Math.max(nameColumn,
                    TextWidths.width(c.primaryKey() ? TextWidths.Style.KEY_COLUMN : TextWidths.Style.COLUMN, c.name()));
            typeColumn = Math.max(typeColumn, TextWidths.width(TextWidths.Style.TYPE, c.type()));
        }
        double rows = 10 + markerColumn + 8 + nameColumn + 8 + typeColumn + 8 + 14 + 10 + 4;
        double width = Math.ceil(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.max(header, rows))));
        return new Size(width, heightOf(card.columns().size()));
    }

    public static double heightOf(int columns) {
        return HEADER + ROWS_TOP + ROW * columns + ROWS_BOTTOM;
    }

    /** Top of the row of column {@code index}, relative to the card's top. */
    public static double rowTop(int index) {
        return HEADER + ROWS_TOP + ROW * index;
    }
}

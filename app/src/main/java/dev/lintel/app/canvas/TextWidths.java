package dev.lintel.app.canvas;

/**
 * Advance widths of the card fonts per character, measured once on the UI thread with the real
 * stylesheet, so that card sizes for a 1,000-table layout can be computed on a worker without
 * laying out any text there. Until measured, an average width stands in. No JavaFX here (the
 * measuring is in {@link CardFontMeasure}): the headless {@code lintel render} sizes cards with it.
 */
public final class TextWidths {
    enum Style { NAME, COLUMN, KEY_COLUMN, TYPE, SCHEMA, MARKER }

    private static volatile double[][] widths;

    private TextWidths() {
    }

    /** Measures the fonts the stylesheet gives card labels; call on the UI thread, once. */
    public static void measure(String stylesheet) {
        if (widths == null) {
            widths = CardFontMeasure.advances(stylesheet);
        }
    }

    static double width(Style style, String s) {
        double[][] w = widths;
        double sum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (w == null) {
                sum += style == Style.NAME || style == Style.KEY_COLUMN ? 9.0 : 8.0;
            } else {
                sum += c < 128 ? w[style.ordinal()][c] : w[style.ordinal()][0];
            }
        }
        return Math.ceil(sum) + 2;
    }
}

package dev.lintel.app.canvas;

import javafx.scene.paint.Color;

/** The colours of what is painted rather than styled (edges, far-zoom cards, exports), per theme. */
public record Palette(Color background, Color card, Color cardBorder, Color header, Color text, Color muted,
                      Color edge, Color accent, Color danger, Color warning, Color info) {
    // The AtlantaFX Primer colours the stylesheet uses for the same things.
    public static final Palette LIGHT = new Palette(Color.web("#f6f8fa"), Color.web("#ffffff"), Color.web("#d0d7de"),
            Color.web("#ddf4ff"), Color.web("#1f2328"), Color.web("#656d76"), Color.web("#8c959f"), Color.web("#0969da"),
            Color.web("#cf222e"), Color.web("#9a6700"), Color.web("#0969da"));
    public static final Palette DARK = new Palette(Color.web("#161b22"), Color.web("#0d1117"), Color.web("#30363d"),
            Color.web("#1c2d41"), Color.web("#e6edf3"), Color.web("#7d8590"), Color.web("#6e7681"), Color.web("#2f81f7"),
            Color.web("#f85149"), Color.web("#d29922"), Color.web("#2f81f7"));

    public static Palette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }
}

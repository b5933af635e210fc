package dev.lintel.model.layout;

/**
 * The colours of an exported diagram, per theme: the AtlantaFX Primer colours the canvas uses for
 * the same things, so an export looks like the window.
 */
public record DiagramTheme(boolean dark, DiagramColour background, DiagramColour card, DiagramColour cardBorder,
                           DiagramColour header, DiagramColour viewHeader, DiagramColour enumHeader, DiagramColour text,
                           DiagramColour muted, DiagramColour edge, DiagramColour marker) {
    public static final DiagramTheme LIGHT = new DiagramTheme(false, c("#f6f8fa"), c("#ffffff"), c("#d0d7de"), c("#ddf4ff"),
            c("#eaeef2"), c("#dafbe1"), c("#1f2328"), c("#656d76"), c("#8c959f"), c("#9a6700"));
    public static final DiagramTheme DARK = new DiagramTheme(true, c("#161b22"), c("#0d1117"), c("#30363d"), c("#1c2d41"),
            c("#21262d"), c("#12261e"), c("#e6edf3"), c("#7d8590"), c("#6e7681"), c("#d29922"));

    private static DiagramColour c(String hex) {
        return DiagramColour.of(hex);
    }

    public DiagramColour headerOf(DiagramCard.Kind kind) {
        return switch (kind) {
            case TABLE -> header;
            case VIEW, MATERIALIZED_VIEW -> viewHeader;
            case ENUM -> enumHeader;
        };
    }

    /** An area's tint behind its cards: light enough for cards and edges to stay readable. */
    public DiagramColour areaTint(DiagramColour area) {
        return area.withOpacity(dark ? 0.16 : 0.10);
    }

    /** An area's name: its hue, darkened on light and lightened on dark. */
    public DiagramColour areaLabel(DiagramColour area) {
        return dark ? area.lightened(0.35) : area.scaled(0.62);
    }
}

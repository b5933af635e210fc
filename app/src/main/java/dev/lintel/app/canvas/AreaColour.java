package dev.lintel.app.canvas;

import java.util.Locale;

/**
 * The fixed colours a subject area can have. Mid-tone hues: the canvas draws them as a light tint
 * behind the cards and as a border and label, which stay legible on both the light and the dark
 * theme's background. Stored in the document as the hex value, so files stay readable.
 */
public enum AreaColour {
    BLUE("#3b82f6"), GREEN("#22a06b"), ORANGE("#e8862a"), PURPLE("#8b5cf6"), RED("#e5484d"), TEAL("#0ea5a4"),
    PINK("#d6409f"), GREY("#8b8d98");

    private final String hex;

    AreaColour(String hex) {
        this.hex = hex;
    }

    public String hex() {
        return hex;
    }

    /** "Blue", for menus. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The colour stored as {@code hex} (any case), or the first colour for a value not from this palette. */
    public static AreaColour ofHex(String hex) {
        for (AreaColour c : values()) {
            if (c.hex.equalsIgnoreCase(hex == null ? "" : hex.strip())) {
                return c;
            }
        }
        return BLUE;
    }
}

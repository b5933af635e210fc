package dev.lintel.model.layout;

import java.util.Locale;

/** An sRGB colour with opacity, for the exported diagram (the model has no graphics library). */
public record DiagramColour(int red, int green, int blue, double opacity) {
    public DiagramColour {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255 || !(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("not a colour: " + red + "," + green + "," + blue + " @" + opacity);
        }
    }

    /** {@code #rrggbb}, opaque. */
    public static DiagramColour of(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new DiagramColour(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff, 1);
    }

    public DiagramColour withOpacity(double o) {
        return new DiagramColour(red, green, blue, o);
    }

    /** Each channel times {@code f} (f below 1 darkens, keeping the hue). */
    public DiagramColour scaled(double f) {
        return new DiagramColour(clamp(red * f), clamp(green * f), clamp(blue * f), opacity);
    }

    /** Part way ({@code t} in 0..1) towards white. */
    public DiagramColour lightened(double t) {
        return new DiagramColour(clamp(red + (255 - red) * t), clamp(green + (255 - green) * t), clamp(blue + (255 - blue) * t),
                opacity);
    }

    /** {@code #rrggbb}, without the opacity. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** The colour as 0xAARRGGBB. */
    public int argb() {
        return (int) Math.round(opacity * 255) << 24 | red << 16 | green << 8 | blue;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}

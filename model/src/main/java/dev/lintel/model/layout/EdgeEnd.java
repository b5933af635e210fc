package dev.lintel.model.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The crow's-foot marker at one end of a relationship line, and its geometry: decided once here
 * so that the canvas and the exported SVG/PNG draw the same marks. The parent end is {@link #ONE}
 * (two bars) or {@link #ZERO_OR_ONE} (bar and circle) from the key columns' nullability; the child
 * end {@link #ZERO_OR_MANY} (circle and crow's foot), or {@link #ZERO_OR_ONE} for a unique key.
 */
public enum EdgeEnd {
    ONE, ZERO_OR_ONE, ZERO_OR_MANY;

    private static final double HALF_WIDTH = 6;
    private static final double CIRCLE_RADIUS = 4;

    /**
     * The strokes and the circle of this end where a line arrives at a card border at {@code at},
     * coming from {@code from}; the marker sits on the last 22 units of that segment. Null when the
     * segment is too short to give a direction.
     */
    public Marker marker(Point from, Point at) {
        double dx = at.x() - from.x();
        double dy = at.y() - from.y();
        double len = Math.hypot(dx, dy);
        if (len < 1) {
            return null;
        }
        double ux = dx / len;
        double uy = dy / len;
        double px = -uy * HALF_WIDTH;
        double py = ux * HALF_WIDTH;
        List<List<Point>> strokes = new ArrayList<>(3);
        if (this == ZERO_OR_MANY) {
            Point base = new Point(at.x() - ux * 12, at.y() - uy * 12);
            strokes.add(List.of(base, new Point(at.x() + px, at.y() + py)));
            strokes.add(List.of(base, new Point(at.x() - px, at.y() - py)));
        } else {
            double bx = at.x() - ux * 8;
            double by = at.y() - uy * 8;
            strokes.add(List.of(new Point(bx + px, by + py), new Point(bx - px, by - py)));
        }
        double cx = at.x() - ux * 18;
        double cy = at.y() - uy * 18;
        if (this == ONE) {
            strokes.add(List.of(new Point(cx + ux * 4 + px, cy + uy * 4 + py), new Point(cx + ux * 4 - px, cy + uy * 4 - py)));
            return new Marker(strokes, null, 0);
        }
        return new Marker(strokes, new Point(cx, cy), CIRCLE_RADIUS);
    }

    /**
     * @param strokes straight strokes, each two points
     * @param circle the centre of the "zero" circle (filled with the background), or null
     */
    public record Marker(List<List<Point>> strokes, Point circle, double radius) {
        public Marker {
            strokes = List.copyOf(strokes);
        }
    }

    /** The two ends of one relationship line: at the referenced (parent) card and at the referencing (child) card. */
    public record Pair(EdgeEnd parent, EdgeEnd child) {
        /** From the key: optional when a key column may be null, one-to-one when the key columns are unique. */
        public static Pair of(boolean optional, boolean oneToOne) {
            return new Pair(optional ? ZERO_OR_ONE : ONE, oneToOne ? ZERO_OR_ONE : ZERO_OR_MANY);
        }
    }
}

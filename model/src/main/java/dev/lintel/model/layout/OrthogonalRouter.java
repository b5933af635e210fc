package dev.lintel.model.layout;

import java.util.List;

/**
 * Routes one edge between two placed boxes with horizontal and vertical segments only, without
 * a full layout: used when the user has moved a card (the layered layout's routes no longer fit)
 * and for cards placed from stored positions. Side by side boxes are joined side to side with one
 * vertical jog in the gap; stacked boxes top to bottom; a self-reference loops on the right.
 */
public final class OrthogonalRouter {
    static final double STUB = 24;

    private OrthogonalRouter() {
    }

    public static EdgeRoute route(LayoutEdge edge, Rect s, Rect t) {
        if (edge.isSelfLoop()) {
            double y1 = s.y() + Math.min(s.height() * 0.3, 40);
            double y2 = s.y() + Math.min(s.height() * 0.6, 80);
            double out = s.maxX() + STUB;
            return new EdgeRoute(edge, List.of(new Point(s.maxX(), y1), new Point(out, y1), new Point(out, y2),
                    new Point(s.maxX(), y2)));
        }
        if (t.x() >= s.maxX() + 2 * STUB) {
            return sideToSide(edge, s.maxX(), t.x(), s, t);
        }
        if (s.x() >= t.maxX() + 2 * STUB) {
            return sideToSide(edge, s.x(), t.maxX(), s, t);
        }
        if (t.y() >= s.maxY()) {
            return topToBottom(edge, s.maxY(), t.y(), s, t);
        }
        if (s.y() >= t.maxY()) {
            return topToBottom(edge, s.y(), t.maxY(), s, t);
        }
        // Overlapping boxes: a short horizontal tie from the right sides keeps the edge visible.
        double x = Math.max(s.maxX(), t.maxX()) + STUB;
        return new EdgeRoute(edge, List.of(new Point(s.maxX(), s.centerY()), new Point(x, s.centerY()),
                new Point(x, t.centerY()), new Point(t.maxX(), t.centerY())));
    }

    private static EdgeRoute sideToSide(LayoutEdge edge, double fromX, double toX, Rect s, Rect t) {
        double top = Math.max(s.y(), t.y());
        double bottom = Math.min(s.maxY(), t.maxY());
        if (bottom - top >= 16) {
            double y = (top + bottom) / 2;
            return new EdgeRoute(edge, List.of(new Point(fromX, y), new Point(toX, y)));
        }
        double mid = (fromX + toX) / 2;
        double sy = anchorY(s);
        double ty = anchorY(t);
        return new EdgeRoute(edge, List.of(new Point(fromX, sy), new Point(mid, sy), new Point(mid, ty), new Point(toX, ty)));
    }

    private static EdgeRoute topToBottom(LayoutEdge edge, double fromY, double toY, Rect s, Rect t) {
        double left = Math.max(s.x(), t.x());
        double right = Math.min(s.maxX(), t.maxX());
        if (right - left >= 16) {
            double x = (left + right) / 2;
            return new EdgeRoute(edge, List.of(new Point(x, fromY), new Point(x, toY)));
        }
        double mid = (fromY + toY) / 2;
        return new EdgeRoute(edge, List.of(new Point(s.centerX(), fromY), new Point(s.centerX(), mid),
                new Point(t.centerX(), mid), new Point(t.centerX(), toY)));
    }

    // Near the top of a card rather than its middle: key columns come first, and tall cards
    // would otherwise pull every line to their centre.
    private static double anchorY(Rect r) {
        return r.y() + Math.min(r.height() / 2, 40);
    }
}

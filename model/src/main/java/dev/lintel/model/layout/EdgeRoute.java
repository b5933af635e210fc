package dev.lintel.model.layout;

import java.util.List;

/** An edge as drawn: an orthogonal polyline from the source's border to the target's border. */
public record EdgeRoute(LayoutEdge edge, List<Point> points) {
    public EdgeRoute {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("a route needs two points at least: " + edge.id());
        }
    }

    public Point first() {
        return points.get(0);
    }

    public Point last() {
        return points.get(points.size() - 1);
    }

    /** The box around every point, to cull edges outside the viewport. */
    public Rect bounds() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }
}

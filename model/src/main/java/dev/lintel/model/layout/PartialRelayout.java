package dev.lintel.model.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-layout of some cards: ELK lays out the chosen cards among themselves (each connected group
 * of them packed as {@link AutoLayout} does), and the resulting block is put in the free space
 * nearest to where the chosen cards were, clear of every other card by a gap. Every other card
 * keeps its box and every edge between two of them its route; edges that touch a moved card are
 * ELK's (both ends moved) or routed again (one end moved).
 */
final class PartialRelayout {
    static final double GAP = 40;
    // Candidate corners are tried on this grid, ring by ring around the old corner.
    static final double STEP = 40;
    private static final int MAX_RINGS = 400;

    private PartialRelayout() {
    }

    static DiagramLayout relayout(DiagramLayout current, Set<String> chosen) {
        List<LayoutNode> moving = new ArrayList<>();
        Rect old = null;
        List<Rect> fixed = new ArrayList<>();
        for (Map.Entry<String, Rect> e : current.nodes().entrySet()) {
            Rect r = e.getValue();
            if (chosen.contains(e.getKey())) {
                moving.add(new LayoutNode(e.getKey(), r.width(), r.height()));
                old = old == null ? r : old.union(r);
            } else {
                fixed.add(r);
            }
        }
        if (moving.isEmpty()) {
            return current;
        }
        List<LayoutEdge> edges = current.routes().stream().map(EdgeRoute::edge).toList();
        List<DiagramLayout> parts = AutoLayout.packed(moving, edges, 0, 0);
        Map<String, Rect> block = new HashMap<>();
        Map<String, EdgeRoute> blockRoutes = new HashMap<>();
        Rect bounds = null;
        for (DiagramLayout part : parts) {
            block.putAll(part.nodes());
            part.routes().forEach(r -> blockRoutes.put(r.edge().id(), r));
            for (Rect r : part.nodes().values()) {
                bounds = bounds == null ? r : bounds.union(r);
            }
        }
        Point corner = freeCorner(bounds, old.x(), old.y(), fixed);
        double dx = corner.x() - bounds.x();
        double dy = corner.y() - bounds.y();

        Map<String, Rect> nodes = new LinkedHashMap<>();
        current.nodes().forEach((id, r) -> nodes.put(id, chosen.contains(id) ? block.get(id).translated(dx, dy) : r));
        List<EdgeRoute> routes = new ArrayList<>(current.routes().size());
        for (EdgeRoute r : current.routes()) {
            LayoutEdge e = r.edge();
            boolean s = chosen.contains(e.source());
            boolean t = chosen.contains(e.target());
            EdgeRoute inner = blockRoutes.get(e.id());
            if (!s && !t) {
                routes.add(r);
            } else if (s && t && inner != null && inner.edge().equals(e)) {
                routes.add(new EdgeRoute(e, inner.points().stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList()));
            } else {
                routes.add(OrthogonalRouter.route(e, nodes.get(e.source()), nodes.get(e.target())));
            }
        }
        return new DiagramLayout(nodes, routes);
    }

    /**
     * The top-left corner nearest to (x, y), on a grid around it, where a box of {@code size}
     * keeps {@link #GAP} from every fixed box; below everything when the surroundings are full.
     */
    static Point freeCorner(Rect size, double x, double y, List<Rect> fixed) {
        BoxIndex index = new BoxIndex(fixed);
        for (int ring = 0; ring <= MAX_RINGS; ring++) {
            Point best = null;
            double bestDistance = Double.MAX_VALUE;
            for (int i = -ring; i <= ring; i++) {
                // Only the ring's border: the inside was tried before.
                int stride = Math.abs(i) == ring ? 1 : 2 * ring;
                for (int j = -ring; j <= ring; j += Math.max(stride, 1)) {
                    double cx = x + i * STEP;
                    double cy = y + j * STEP;
                    double distance = Math.hypot(i, j);
                    if (distance < bestDistance && index.isFree(new Rect(cx - GAP, cy - GAP, size.width() + 2 * GAP,
                            size.height() + 2 * GAP))) {
                        best = new Point(cx, cy);
                        bestDistance = distance;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        double bottom = fixed.stream().mapToDouble(Rect::maxY).max().orElse(y);
        return new Point(x, bottom + 2 * GAP);
    }

    /** Fixed boxes bucketed in a coarse grid, so a free-space probe looks at its neighbourhood only. */
    private static final class BoxIndex {
        private static final double CELL = 400;
        private final Map<Long, List<Rect>> cells = new HashMap<>();

        BoxIndex(List<Rect> boxes) {
            for (Rect r : boxes) {
                for (long cx = cell(r.x()); cx <= cell(r.maxX()); cx++) {
                    for (long cy = cell(r.y()); cy <= cell(r.maxY()); cy++) {
                        cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(r);
                    }
                }
            }
        }

        boolean isFree(Rect area) {
            for (long cx = cell(area.x()); cx <= cell(area.maxX()); cx++) {
                for (long cy = cell(area.y()); cy <= cell(area.maxY()); cy++) {
                    for (Rect r : cells.getOrDefault(key(cx, cy), List.of())) {
                        if (r.intersects(area)) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        private static long cell(double v) {
            return (long) Math.floor(v / CELL);
        }

        private static long key(long cx, long cy) {
            return cx * 1_000_003L + cy;
        }
    }
}

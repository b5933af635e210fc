package dev.lintel.model.layout;

import dev.lintel.model.document.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where every card is and how every edge runs, in diagram units; a value, so the canvas can swap
 * it whole after a move. Nodes keep the graph's order.
 */
public record DiagramLayout(Map<String, Rect> nodes, List<EdgeRoute> routes) {
    public DiagramLayout {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        routes = List.copyOf(routes);
    }

    public static DiagramLayout empty() {
        return new DiagramLayout(Map.of(), List.of());
    }

    /** The box around all cards and edges; an empty box at the origin when there is nothing. */
    public Rect bounds() {
        Rect b = null;
        for (Rect r : nodes.values()) {
            b = b == null ? r : b.union(r);
        }
        for (EdgeRoute e : routes) {
            b = b == null ? e.bounds() : b.union(e.bounds());
        }
        return b == null ? new Rect(0, 0, 0, 0) : b;
    }

    /**
     * The layout after the user moved one card: its edges are routed again from the new boxes,
     * every other card and edge stays as it was.
     */
    public DiagramLayout withNodeAt(String id, double x, double y) {
        Rect old = nodes.get(id);
        if (old == null) {
            throw new IllegalArgumentException("no node " + id);
        }
        Map<String, Rect> next = new LinkedHashMap<>(nodes);
        next.put(id, old.movedTo(x, y));
        List<EdgeRoute> rerouted = new ArrayList<>(routes.size());
        for (EdgeRoute r : routes) {
            LayoutEdge e = r.edge();
            rerouted.add(e.source().equals(id) || e.target().equals(id)
                    ? OrthogonalRouter.route(e, next.get(e.source()), next.get(e.target())) : r);
        }
        return new DiagramLayout(next, rerouted);
    }

    /**
     * Several cards moved at once (a dragged selection, an alignment): one copy of the layout,
     * and only the edges that touch a moved card are routed again. Unknown ids are ignored.
     */
    public DiagramLayout withNodesAt(Map<String, Point> topLeft) {
        Map<String, Rect> next = new LinkedHashMap<>(nodes);
        java.util.Set<String> moved = new java.util.HashSet<>();
        topLeft.forEach((id, p) -> {
            Rect old = nodes.get(id);
            if (old != null && (old.x() != p.x() || old.y() != p.y())) {
                next.put(id, old.movedTo(p.x(), p.y()));
                moved.add(id);
            }
        });
        if (moved.isEmpty()) {
            return this;
        }
        List<EdgeRoute> rerouted = new ArrayList<>(routes.size());
        for (EdgeRoute r : routes) {
            LayoutEdge e = r.edge();
            rerouted.add(moved.contains(e.source()) || moved.contains(e.target())
                    ? OrthogonalRouter.route(e, next.get(e.source()), next.get(e.target())) : r);
        }
        return new DiagramLayout(next, rerouted);
    }

    /** Every card's top-left corner, for the document's layout section. */
    public Map<String, Position> positions() {
        Map<String, Position> out = new TreeMap<>();
        nodes.forEach((id, r) -> out.put(id, new Position(r.x(), r.y())));
        return out;
    }
}

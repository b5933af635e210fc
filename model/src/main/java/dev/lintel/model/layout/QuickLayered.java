package dev.lintel.model.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A layered placement of one connected component in milliseconds, for the first frame of a large
 * schema while ELK works: parents left of their children (each node one layer right of its deepest
 * parent, cycles broken where met), each layer a column ordered by the mean row of its parents,
 * routes by {@link OrthogonalRouter}. Cruder than ELK (no crossing minimisation, no routing around
 * cards) and replaced by ELK's result when that arrives.
 */
final class QuickLayered {
    private QuickLayered() {
    }

    static DiagramLayout layout(List<LayoutNode> nodes, List<LayoutEdge> edges) {
        Map<String, List<String>> parents = new HashMap<>();
        for (LayoutEdge e : edges) {
            if (!e.isSelfLoop()) {
                parents.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e.source());
            }
        }
        Map<String, Integer> layer = new HashMap<>();
        for (LayoutNode n : nodes) {
            layerOf(n.id(), parents, layer, new HashMap<>());
        }
        int layers = layer.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<List<LayoutNode>> columns = new ArrayList<>(layers);
        for (int i = 0; i < layers; i++) {
            columns.add(new ArrayList<>());
        }
        nodes.forEach(n -> columns.get(layer.get(n.id())).add(n));

        Map<String, Rect> boxes = new HashMap<>();
        Map<String, Double> row = new HashMap<>(); // centre y of placed nodes, for the next column's order
        double x = 0;
        for (List<LayoutNode> column : columns) {
            if (column.isEmpty()) {
                continue;
            }
            column.sort(Comparator.comparingDouble(n -> meanRow(n.id(), parents, row)));
            double y = 0;
            double width = 0;
            for (LayoutNode n : column) {
                boxes.put(n.id(), new Rect(x, y, n.width(), n.height()));
                row.put(n.id(), y + n.height() / 2);
                y += n.height() + ElkLayeredLayout.NODE_SPACING;
                width = Math.max(width, n.width());
            }
            x += width + ElkLayeredLayout.LAYER_SPACING;
        }
        Map<String, Rect> ordered = new java.util.LinkedHashMap<>();
        nodes.forEach(n -> ordered.put(n.id(), boxes.get(n.id())));
        List<EdgeRoute> routes = new ArrayList<>(edges.size());
        for (LayoutEdge e : edges) {
            routes.add(OrthogonalRouter.route(e, boxes.get(e.source()), boxes.get(e.target())));
        }
        return new DiagramLayout(ordered, routes);
    }

    // Depth first with the path on a stack: an edge back into the path (a cycle) is ignored.
    // Iterative would avoid deep recursion; components here are a few thousand nodes at most.
    private static int layerOf(String id, Map<String, List<String>> parents, Map<String, Integer> layer, Map<String, Boolean> onPath) {
        Integer known = layer.get(id);
        if (known != null) {
            return known;
        }
        onPath.put(id, true);
        int depth = 0;
        for (String p : parents.getOrDefault(id, List.of())) {
            if (!onPath.containsKey(p)) {
                depth = Math.max(depth, layerOf(p, parents, layer, onPath) + 1);
            }
        }
        onPath.remove(id);
        layer.put(id, depth);
        return depth;
    }

    private static double meanRow(String id, Map<String, List<String>> parents, Map<String, Double> row) {
        double sum = 0;
        int n = 0;
        for (String p : parents.getOrDefault(id, List.of())) {
            Double r = row.get(p);
            if (r != null) {
                sum += r;
                n++;
            }
        }
        return n == 0 ? Double.MAX_VALUE / 2 : sum / n;
    }
}

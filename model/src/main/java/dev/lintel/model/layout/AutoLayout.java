package dev.lintel.model.layout;

import dev.lintel.model.document.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Places a schema's cards: a card with a stored position (the user put it there) stays there;
 * the others are laid out with ELK layered one connected component at a time, the components
 * packed into rows, and the packed block set below the stored cards so nothing the user placed
 * moves. Pure and deterministic: call it on any thread (the app calls it off the UI thread).
 */
public final class AutoLayout {
    static final double COMPONENT_GAP = 60;

    private AutoLayout() {
    }

    /** Lays out every node from scratch. */
    public static DiagramLayout layout(LayoutGraph graph) {
        return layout(graph, Map.of());
    }

    /** @param stored top-left corners by node id; they win over the automatic layout */
    public static DiagramLayout layout(LayoutGraph graph, Map<String, Position> stored) {
        return layout(graph, stored, ElkLayeredLayout::layout);
    }

    /**
     * As {@link #layout(LayoutGraph, Map)} with a placement that takes milliseconds instead of
     * ELK's seconds on a thousand tables ({@link QuickLayered}): what a large schema shows first,
     * while the full layout is computed.
     */
    public static DiagramLayout quick(LayoutGraph graph, Map<String, Position> stored) {
        return layout(graph, stored, QuickLayered::layout);
    }

    private static DiagramLayout layout(LayoutGraph graph, Map<String, Position> stored,
                                        BiFunction<List<LayoutNode>, List<LayoutEdge>, DiagramLayout> component) {
        Map<String, LayoutNode> byId = new LinkedHashMap<>();
        graph.nodes().forEach(n -> byId.put(n.id(), n));
        List<LayoutEdge> edges = graph.edges().stream()
                .filter(e -> byId.containsKey(e.source()) && byId.containsKey(e.target())).toList();

        Map<String, Rect> boxes = new HashMap<>();
        Rect fixedBounds = null;
        List<LayoutNode> free = new ArrayList<>();
        for (LayoutNode n : graph.nodes()) {
            Position p = stored.get(n.id());
            if (p == null) {
                free.add(n);
            } else {
                Rect r = new Rect(p.x(), p.y(), n.width(), n.height());
                boxes.put(n.id(), r);
                fixedBounds = fixedBounds == null ? r : fixedBounds.union(r);
            }
        }

        Map<String, EdgeRoute> routes = new HashMap<>();
        double originX = fixedBounds == null ? 0 : fixedBounds.x();
        double originY = fixedBounds == null ? 0 : fixedBounds.maxY() + COMPONENT_GAP * 2;
        for (DiagramLayout placed : packed(free, edges, originX, originY, component)) {
            boxes.putAll(placed.nodes());
            placed.routes().forEach(r -> routes.put(r.edge().id(), r));
        }

        Map<String, Rect> ordered = new LinkedHashMap<>();
        graph.nodes().forEach(n -> ordered.put(n.id(), boxes.get(n.id())));
        List<EdgeRoute> allRoutes = new ArrayList<>(edges.size());
        for (LayoutEdge e : edges) {
            EdgeRoute r = routes.get(e.id());
            allRoutes.add(r != null && r.edge().equals(e) ? r : OrthogonalRouter.route(e, boxes.get(e.source()), boxes.get(e.target())));
        }
        return new DiagramLayout(ordered, allRoutes);
    }

    /**
     * The given nodes laid out with ELK one connected component at a time (over the edges among
     * them) and packed into rows with the top-left of the whole at (originX, originY).
     */
    static List<DiagramLayout> packed(List<LayoutNode> free, List<LayoutEdge> edges, double originX, double originY) {
        return packed(free, edges, originX, originY, ElkLayeredLayout::layout);
    }

    private static List<DiagramLayout> packed(List<LayoutNode> free, List<LayoutEdge> edges, double originX, double originY,
                                              BiFunction<List<LayoutNode>, List<LayoutEdge>, DiagramLayout> layout) {
        List<DiagramLayout> components = new ArrayList<>();
        for (List<LayoutNode> component : components(free, edges)) {
            Set<String> ids = new HashSet<>();
            component.forEach(n -> ids.add(n.id()));
            List<LayoutEdge> inner = edges.stream()
                    .filter(e -> !e.isSelfLoop() && ids.contains(e.source()) && ids.contains(e.target())).toList();
            components.add(component.size() == 1
                    ? new DiagramLayout(Map.of(component.get(0).id(), new Rect(0, 0, component.get(0).width(), component.get(0).height())), List.of())
                    : layout.apply(component, inner));
        }
        return ComponentPacker.pack(components, COMPONENT_GAP, originX, originY);
    }

    /**
     * Lays out {@code chosen} cards again (a selection, a subject area) and leaves every other
     * card where it is: see {@link PartialRelayout}.
     */
    public static DiagramLayout relayout(DiagramLayout current, Set<String> chosen) {
        return PartialRelayout.relayout(current, chosen);
    }

    /** Connected components (edges in either direction), each in graph order, largest first. */
    static List<List<LayoutNode>> components(List<LayoutNode> nodes, List<LayoutEdge> edges) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        int[] parent = new int[nodes.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (LayoutEdge e : edges) {
            Integer a = index.get(e.source());
            Integer b = index.get(e.target());
            if (a != null && b != null) {
                parent[find(parent, a)] = find(parent, b);
            }
        }
        Map<Integer, List<LayoutNode>> groups = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(nodes.get(i));
        }
        List<List<LayoutNode>> out = new ArrayList<>(groups.values());
        out.sort(Comparator.comparingInt(l -> -l.size()));
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}

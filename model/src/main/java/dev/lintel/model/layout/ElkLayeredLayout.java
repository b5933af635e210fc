package dev.lintel.model.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out one connected component with ELK layered, called as a plain Java library (no OSGi,
 * no layout service registry): parents to the left, children to the right, orthogonal routes.
 * Coordinates start at the origin; {@link AutoLayout} packs components.
 */
final class ElkLayeredLayout {
    static final double NODE_SPACING = 40;
    static final double LAYER_SPACING = 90;
    private static final int LARGE = 200;

    static {
        // Outside Eclipse nothing registers ELK's option types (ElkReflect clone support) or the
        // layered algorithm's options: the meta data service does both on first use.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private ElkLayeredLayout() {
    }

    // Laying out twice costs twice: above this size the first direction is kept.
    private static final int TRY_BOTH_UP_TO = 300;

    /**
     * Boxes (top-left at the origin) and routes of the given nodes and the edges between them.
     * Left to right first; a schema with hub tables (many children of one parent) makes a layer
     * very tall, and then top to bottom is tried too and the more screen-shaped result kept.
     */
    static DiagramLayout layout(List<LayoutNode> nodes, List<LayoutEdge> edges) {
        DiagramLayout right = layout(nodes, edges, Direction.RIGHT);
        Rect b = right.bounds();
        if (nodes.size() > TRY_BOTH_UP_TO || b.height() <= b.width() * 1.2) {
            return right;
        }
        DiagramLayout down = layout(nodes, edges, Direction.DOWN);
        return misfit(down.bounds()) < misfit(b) ? down : right;
    }

    // How far a box is from the 16:10 shape of a screen, symmetric in both directions.
    private static double misfit(Rect b) {
        return Math.abs(Math.log((b.width() / Math.max(b.height(), 1)) / 1.6));
    }

    private static DiagramLayout layout(List<LayoutNode> nodes, List<LayoutEdge> edges, Direction direction) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(LayeredOptions.DIRECTION, direction);
        root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 20.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        root.setProperty(LayeredOptions.THOROUGHNESS, nodes.size() > LARGE ? 1 : 7);
        if (nodes.size() > LARGE) {
            // Brandes-Koepf straightens edges by spreading a large component's layers to tens of
            // thousands of pixels; the simple placement keeps a 1,000-table drawing about a third as tall.
            root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
        }
        Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
        for (LayoutNode n : nodes) {
            ElkNode e = ElkGraphUtil.createNode(root);
            e.setIdentifier(n.id());
            e.setDimensions(n.width(), n.height());
            elkNodes.put(n.id(), e);
        }
        Map<ElkEdge, LayoutEdge> elkEdges = new HashMap<>();
        for (LayoutEdge edge : edges) {
            elkEdges.put(ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.source()), elkNodes.get(edge.target())), edge);
        }
        new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());

        Map<String, Rect> boxes = new LinkedHashMap<>();
        elkNodes.forEach((id, e) -> boxes.put(id, new Rect(e.getX(), e.getY(), e.getWidth(), e.getHeight())));
        List<EdgeRoute> routes = new ArrayList<>(edges.size());
        for (ElkEdge e : root.getContainedEdges()) {
            LayoutEdge edge = elkEdges.get(e);
            routes.add(e.getSections().isEmpty()
                    ? OrthogonalRouter.route(edge, boxes.get(edge.source()), boxes.get(edge.target()))
                    : new EdgeRoute(edge, pointsOf(e.getSections().get(0))));
        }
        return new DiagramLayout(boxes, routes);
    }

    private static List<Point> pointsOf(ElkEdgeSection s) {
        List<Point> points = new ArrayList<>(s.getBendPoints().size() + 2);
        points.add(new Point(s.getStartX(), s.getStartY()));
        for (ElkBendPoint b : s.getBendPoints()) {
            points.add(new Point(b.getX(), b.getY()));
        }
        points.add(new Point(s.getEndX(), s.getEndY()));
        return points;
    }
}

package dev.lintel.app.canvas;

import dev.lintel.model.layout.DiagramLayout;
import dev.lintel.model.layout.EdgeRoute;
import dev.lintel.model.layout.LayoutEdge;
import dev.lintel.model.layout.OrthogonalRouter;
import dev.lintel.model.layout.Rect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of the diagram the canvas shows: the whole layout, minus the cards hidden by a focus,
 * with each collapsed subject area's cards replaced by one box where they were. A foreign key
 * that leaves a collapsed area is routed to its box; keys inside it are not drawn. Pure geometry.
 */
final class DiagramProjection {
    static final double BOX_WIDTH = 220;
    static final double BOX_HEIGHT = 64;

    private DiagramProjection() {
    }

    /** @param only the cards to show, or null for all */
    static DiagramLayout project(DiagramLayout full, Set<String> only, List<SubjectAreaShape> areas) {
        boolean anyCollapsed = areas.stream().anyMatch(SubjectAreaShape::collapsed);
        if (only == null && !anyCollapsed) {
            return full;
        }
        Map<String, Rect> nodes = new LinkedHashMap<>();
        full.nodes().forEach((id, r) -> {
            if (only == null || only.contains(id)) {
                nodes.put(id, r);
            }
        });
        // Each shown card stands for itself, or for the first collapsed area it belongs to.
        Map<String, String> standIn = new HashMap<>();
        for (SubjectAreaShape area : areas) {
            if (!area.collapsed()) {
                continue;
            }
            Rect union = null;
            for (String member : area.members()) {
                Rect r = nodes.get(member);
                if (r != null && !standIn.containsKey(member)) {
                    standIn.put(member, area.nodeId());
                    union = union == null ? r : union.union(r);
                }
            }
            if (union != null) {
                nodes.put(area.nodeId(), new Rect(union.x(), union.y(), BOX_WIDTH, BOX_HEIGHT));
            }
        }
        standIn.keySet().forEach(nodes::remove);
        List<EdgeRoute> routes = new ArrayList<>();
        for (EdgeRoute route : full.routes()) {
            LayoutEdge e = route.edge();
            String source = standIn.getOrDefault(e.source(), e.source());
            String target = standIn.getOrDefault(e.target(), e.target());
            if (!nodes.containsKey(source) || !nodes.containsKey(target)) {
                continue;
            }
            boolean moved = !source.equals(e.source()) || !target.equals(e.target());
            if (!moved) {
                routes.add(route);
            } else if (!source.equals(target)) {
                routes.add(OrthogonalRouter.route(new LayoutEdge(e.id(), source, target), nodes.get(source), nodes.get(target)));
            }
        }
        return new DiagramLayout(nodes, routes);
    }
}

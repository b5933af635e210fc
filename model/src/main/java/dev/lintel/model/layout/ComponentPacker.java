package dev.lintel.model.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Packs separately laid out components into rows (shelves), tallest first, in a width chosen so
 * that the whole is about 1.6 times as wide as tall, like a screen: one long row of single tables
 * or a column of components would need constant scrolling.
 */
final class ComponentPacker {
    private ComponentPacker() {
    }

    /** The components moved to their packed places, with the top-left of the whole at (originX, originY). */
    static List<DiagramLayout> pack(List<DiagramLayout> components, double gap, double originX, double originY) {
        List<Integer> order = new ArrayList<>();
        double area = 0;
        double widest = 0;
        List<Rect> bounds = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            Rect b = components.get(i).bounds();
            bounds.add(b);
            order.add(i);
            area += (b.width() + gap) * (b.height() + gap);
            widest = Math.max(widest, b.width());
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -bounds.get(i).height()));
        double rowWidth = Math.max(widest, Math.sqrt(area * 1.6));

        List<DiagramLayout> out = new ArrayList<>(components.size());
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        for (int i : order) {
            Rect b = bounds.get(i);
            if (x > 0 && x + b.width() > rowWidth) {
                x = 0;
                y += rowHeight + gap;
                rowHeight = 0;
            }
            out.add(translate(components.get(i), originX + x - b.x(), originY + y - b.y()));
            x += b.width() + gap;
            rowHeight = Math.max(rowHeight, b.height());
        }
        return out;
    }

    private static DiagramLayout translate(DiagramLayout layout, double dx, double dy) {
        Map<String, Rect> nodes = new LinkedHashMap<>();
        layout.nodes().forEach((id, r) -> nodes.put(id, r.translated(dx, dy)));
        List<EdgeRoute> routes = layout.routes().stream().map(r -> new EdgeRoute(r.edge(),
                r.points().stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList())).toList();
        return new DiagramLayout(nodes, routes);
    }
}

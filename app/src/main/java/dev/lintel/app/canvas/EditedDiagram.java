package dev.lintel.app.canvas;

import dev.lintel.model.document.Position;
import dev.lintel.model.layout.DiagramLayout;
import dev.lintel.model.layout.EdgeRoute;
import dev.lintel.model.layout.LayoutEdge;
import dev.lintel.model.layout.LayoutGraph;
import dev.lintel.model.layout.OrthogonalRouter;
import dev.lintel.model.layout.Rect;
import dev.lintel.model.layout.Size;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The diagram after an edit that changed tables in place (a comment, a column, a key), made from
 * the diagram before it: the changed tables get their new cards and sizes and their own foreign
 * keys' edges, edges are routed again only where they are new or a card they join changed size,
 * and everything else is the previous diagram's. The same diagram as a full {@link DiagramContent}
 * of the edited schema with every card where it was (but for edges a layout routed, which it
 * keeps), at a cost that follows the edit rather than the schema.
 * Pure and free of JavaFX; runs on a worker.
 */
final class EditedDiagram {
    private EditedDiagram() {
    }

    /**
     * @param before the diagram of {@code old}
     * @param tableCards the cards of {@code now}'s tables, in its order
     * @param stored the document's stored positions, which win over where the cards are
     * @return the diagram of {@code now}, or null when the edit did more than change tables in place
     *         (a table added, dropped, renamed or moved in the list; a view or enum type changed; a
     *         stored position other than where the card is): those are laid out in full
     */
    static DiagramViewModel.Diagram of(DiagramViewModel.Diagram before, Schema old, Schema now,
                                       List<TableCard> tableCards, Map<String, Position> stored) {
        List<Table> oldTables = old.tables();
        List<Table> tables = now.tables();
        int others = now.views().size() + now.enums().size();
        if (tables.size() != oldTables.size() || tableCards.size() != tables.size()
                || !old.views().equals(now.views()) || !old.enums().equals(now.enums())
                || before.cards().size() != tables.size() + others || before.layout().nodes().size() != before.cards().size()) {
            return null;
        }
        Map<String, TableCard> cards = new LinkedHashMap<>(before.cards());
        Map<String, Rect> nodes = new LinkedHashMap<>(before.layout().nodes());
        Map<String, EdgeStyle> edges = new HashMap<>(before.edges());
        Set<String> resized = new HashSet<>();
        for (int i = 0; i < tables.size(); i++) {
            Table was = oldTables.get(i);
            Table is = tables.get(i);
            if (was == is) {
                continue;
            }
            TableCard card = tableCards.get(i);
            Rect box = nodes.get(card.objectPath());
            if (!was.name().equals(is.name()) || box == null) {
                return null;
            }
            cards.put(card.objectPath(), card);
            Size size = CardGeometry.sizeOf(card);
            if (size.width() != box.width() || size.height() != box.height()) {
                nodes.put(card.objectPath(), new Rect(box.x(), box.y(), size.width(), size.height()));
                resized.add(card.objectPath());
            }
            for (ForeignKey fk : was.foreignKeys()) {
                edges.remove(LayoutGraph.edgeId(was, fk));
            }
            EdgeStyles.addOf(now, is, edges);
        }
        // A full layout puts every card with a stored position there (positions of cards no longer
        // in the diagram are not used): only when that is where they are is this the same diagram.
        for (Map.Entry<String, Position> p : stored.entrySet()) {
            Rect box = nodes.get(p.getKey());
            if (box != null && (box.x() != p.getValue().x() || box.y() != p.getValue().y())) {
                return null;
            }
        }
        List<EdgeRoute> routes = routes(before.layout().routes(), oldTables, now, tableCards, nodes, resized);
        return routes == null ? null : new DiagramViewModel.Diagram(cards, new DiagramLayout(nodes, routes), edges);
    }

    // The routes in the order a full layout has them (by table, then by foreign key): a route
    // before is kept while its foreign key and the sizes of the cards at its ends are, and is made
    // again otherwise. Null when the routes before were in another order.
    private static List<EdgeRoute> routes(List<EdgeRoute> before, List<Table> oldTables, Schema now,
                                          List<TableCard> tableCards, Map<String, Rect> nodes, Set<String> resized) {
        List<Table> tables = now.tables();
        List<EdgeRoute> out = new ArrayList<>(before.size());
        int next = 0;
        for (int i = 0; i < tables.size(); i++) {
            String path = tableCards.get(i).objectPath();
            int from = next;
            while (next < before.size() && before.get(next).edge().target().equals(path)) {
                next++;
            }
            Table table = tables.get(i);
            if (table == oldTables.get(i)) {
                for (int r = from; r < next; r++) {
                    EdgeRoute route = before.get(r);
                    LayoutEdge e = route.edge();
                    out.add(resized.contains(e.source()) || resized.contains(e.target())
                            ? OrthogonalRouter.route(e, nodes.get(e.source()), nodes.get(e.target())) : route);
                }
                continue;
            }
            // A foreign key the edit kept, between cards of the same size, keeps its route (the one
            // a layout gave it): editing a comment does not redraw the table's edges differently.
            Map<String, EdgeRoute> kept = new HashMap<>();
            for (int r = from; r < next; r++) {
                kept.put(before.get(r).edge().id(), before.get(r));
            }
            for (ForeignKey fk : table.foreignKeys()) {
                Optional<Table> target = now.resolveTable(fk.referencedTable());
                if (target.isPresent()) {
                    String source = ObjectPath.table(target.get().name()).toString();
                    LayoutEdge e = new LayoutEdge(LayoutGraph.edgeId(table, fk), source, path);
                    EdgeRoute route = kept.remove(e.id());
                    out.add(route != null && route.edge().equals(e) && !resized.contains(source) && !resized.contains(path)
                            ? route : OrthogonalRouter.route(e, nodes.get(source), nodes.get(path)));
                }
            }
        }
        return next == before.size() ? out : null;
    }
}

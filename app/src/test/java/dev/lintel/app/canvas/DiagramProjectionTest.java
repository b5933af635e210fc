package dev.lintel.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lintel.model.layout.DiagramLayout;
import dev.lintel.model.layout.EdgeRoute;
import dev.lintel.model.layout.LayoutEdge;
import dev.lintel.model.layout.OrthogonalRouter;
import dev.lintel.model.layout.Rect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the canvas shows of a layout: focused cards only, collapsed areas as one box. */
class DiagramProjectionTest {
    private static DiagramLayout abc() {
        Map<String, Rect> nodes = new LinkedHashMap<>();
        nodes.put("a", new Rect(0, 0, 100, 60));
        nodes.put("b", new Rect(300, 0, 100, 60));
        nodes.put("c", new Rect(300, 200, 100, 60));
        List<EdgeRoute> routes = List.of(
                OrthogonalRouter.route(new LayoutEdge("ab", "a", "b"), nodes.get("a"), nodes.get("b")),
                OrthogonalRouter.route(new LayoutEdge("bc", "b", "c"), nodes.get("b"), nodes.get("c")),
                OrthogonalRouter.route(new LayoutEdge("ac", "a", "c"), nodes.get("a"), nodes.get("c")));
        return new DiagramLayout(nodes, routes);
    }

    @Test
    void withoutFocusOrCollapsedAreaTheLayoutIsShownAsItIs() {
        DiagramLayout full = abc();
        assertSame(full, DiagramProjection.project(full, null,
                List.of(new SubjectAreaShape("BC", "#3b82f6", List.of("b", "c"), false))));
    }

    @Test
    void aFocusHidesTheOtherCardsAndTheirEdges() {
        DiagramLayout shown = DiagramProjection.project(abc(), Set.of("a", "b"), List.of());
        assertEquals(List.of("a", "b"), List.copyOf(shown.nodes().keySet()));
        assertEquals(List.of("ab"), shown.routes().stream().map(r -> r.edge().id()).toList());
    }

    @Test
    void aCollapsedAreaIsOneBoxWhereItsCardsWereWithOutsideEdgesEndingAtIt() {
        SubjectAreaShape bc = new SubjectAreaShape("BC", "#3b82f6", List.of("b", "c"), true);
        DiagramLayout shown = DiagramProjection.project(abc(), null, List.of(bc));

        assertEquals(List.of("a", "area:BC"), List.copyOf(shown.nodes().keySet()));
        assertEquals(new Rect(300, 0, DiagramProjection.BOX_WIDTH, DiagramProjection.BOX_HEIGHT), shown.nodes().get("area:BC"));
        // a->b and a->c now end at the box; b->c is inside the area and not drawn.
        assertEquals(List.of("ab:a>area:BC", "ac:a>area:BC"), shown.routes().stream()
                .map(r -> r.edge().id() + ":" + r.edge().source() + ">" + r.edge().target()).toList());
        EdgeRoute ab = shown.routes().get(0);
        assertEquals(300, ab.last().x(), 0.001, "the edge meets the box's left side");
    }
}

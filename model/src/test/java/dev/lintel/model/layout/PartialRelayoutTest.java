package dev.lintel.model.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Re-layout of a selection: properties over random diagrams, and where the block lands. */
class PartialRelayoutTest {
    private static LayoutGraph randomGraph(Random random, int nodes) {
        List<LayoutNode> n = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            n.add(new LayoutNode("table:t" + i, 170 + random.nextInt(200), 60 + 20 * random.nextInt(12)));
        }
        List<LayoutEdge> e = new ArrayList<>();
        for (int i = 0; i < nodes * 1.4; i++) {
            e.add(new LayoutEdge("fk" + i, "table:t" + random.nextInt(nodes), "table:t" + random.nextInt(nodes)));
        }
        return new LayoutGraph(n, e);
    }

    private static void assertOthersStayAndChosenOverlapNothing(DiagramLayout before, DiagramLayout after, Set<String> chosen) {
        assertEquals(before.nodes().keySet(), after.nodes().keySet());
        after.nodes().forEach((id, r) -> {
            Rect old = before.nodes().get(id);
            assertEquals(old.width(), r.width(), id);
            assertEquals(old.height(), r.height(), id);
            if (!chosen.contains(id)) {
                assertEquals(old, r, id + " is not chosen and stays");
            } else {
                after.nodes().forEach((other, o) -> assertFalse(!other.equals(id) && o.intersects(r),
                        id + " " + r + " overlaps " + other + " " + o));
            }
        });
        assertEquals(before.routes().size(), after.routes().size());
        for (int i = 0; i < before.routes().size(); i++) {
            EdgeRoute b = before.routes().get(i);
            EdgeRoute a = after.routes().get(i);
            assertEquals(b.edge(), a.edge());
            if (!chosen.contains(b.edge().source()) && !chosen.contains(b.edge().target())) {
                assertEquals(b, a, "an edge between cards that stay keeps its route");
            }
            AutoLayoutTest.assertOrthogonal(a);
        }
    }

    @Test
    void otherCardsStayAndChosenCardsOverlapNothingOnRandomDiagrams() {
        for (int seed = 1; seed <= 25; seed++) {
            Random random = new Random(seed);
            LayoutGraph graph = randomGraph(random, 8 + random.nextInt(40));
            DiagramLayout before = AutoLayout.layout(graph);
            Set<String> chosen = new HashSet<>();
            int count = 1 + random.nextInt(graph.nodes().size() / 2);
            while (chosen.size() < count) {
                chosen.add(graph.nodes().get(random.nextInt(graph.nodes().size())).id());
            }

            DiagramLayout after = AutoLayout.relayout(before, chosen);

            assertOthersStayAndChosenOverlapNothing(before, after, chosen);
        }
    }

    @Test
    void cardsPiledOnTopOfOthersAreSpreadIntoFreeSpace() {
        LayoutGraph graph = randomGraph(new Random(7), 30);
        DiagramLayout layout = AutoLayout.layout(graph);
        // Drop five cards onto the first card, as a careless drag would.
        Rect target = layout.nodes().get("table:t0");
        Set<String> chosen = Set.of("table:t1", "table:t2", "table:t3", "table:t4", "table:t5");
        for (String id : chosen) {
            layout = layout.withNodeAt(id, target.x() + 5, target.y() + 5);
        }

        DiagramLayout after = AutoLayout.relayout(layout, chosen);

        assertOthersStayAndChosenOverlapNothing(layout, after, chosen);
    }

    @Test
    void aBlockWithRoomWhereItWasStaysThere() {
        List<LayoutNode> nodes = List.of(new LayoutNode("a", 200, 100), new LayoutNode("b", 200, 100), new LayoutNode("c", 200, 100));
        List<LayoutEdge> edges = List.of(new LayoutEdge("ab", "a", "b"));
        DiagramLayout layout = AutoLayout.layout(new LayoutGraph(nodes, edges), Map.of(
                "a", new dev.lintel.model.document.Position(5000, 5000),
                "b", new dev.lintel.model.document.Position(5000, 9000),
                "c", new dev.lintel.model.document.Position(0, 0)));

        DiagramLayout after = AutoLayout.relayout(layout, Set.of("a", "b"));

        Rect a = after.nodes().get("a");
        Rect b = after.nodes().get("b");
        assertEquals(5000, Math.min(a.x(), b.x()), "the block starts where the chosen cards started");
        assertEquals(5000, Math.min(a.y(), b.y()));
        assertTrue(a.union(b).height() < 1000 && a.union(b).width() < 1000, "a and b are laid out next to each other: " + a + " " + b);
        assertEquals(layout.nodes().get("c"), after.nodes().get("c"));
    }

    @Test
    void choosingNothingKnownChangesNothing() {
        DiagramLayout layout = AutoLayout.layout(randomGraph(new Random(3), 10));

        assertEquals(layout, AutoLayout.relayout(layout, Set.of("table:nope")));
    }
}

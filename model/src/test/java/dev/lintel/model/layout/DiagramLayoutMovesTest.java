package dev.lintel.model.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Moving several cards at once gives what moving them one by one gives. */
class DiagramLayoutMovesTest {
    private static DiagramLayout chain() {
        return AutoLayout.layout(new LayoutGraph(
                List.of(new LayoutNode("table:a", 200, 80), new LayoutNode("table:b", 180, 120),
                        new LayoutNode("table:c", 220, 100), new LayoutNode("table:d", 170, 60)),
                List.of(new LayoutEdge("ab", "table:a", "table:b"), new LayoutEdge("bc", "table:b", "table:c"),
                        new LayoutEdge("cd", "table:c", "table:d"))));
    }

    @Test
    void movingSeveralCardsAtOnceEqualsMovingThemOneByOne() {
        DiagramLayout before = chain();
        Map<String, Point> to = new LinkedHashMap<>();
        to.put("table:a", new Point(900, 40));
        to.put("table:c", new Point(-300, 500));
        to.put("table:unknown", new Point(1, 1));

        DiagramLayout together = before.withNodesAt(to);
        DiagramLayout oneByOne = before.withNodeAt("table:a", 900, 40).withNodeAt("table:c", -300, 500);

        assertEquals(oneByOne, together);
        assertEquals(before.routes().size(), together.routes().size());
        together.routes().forEach(AutoLayoutTest::assertOrthogonal);
    }

    @Test
    void noMoveIsTheSameLayout() {
        DiagramLayout before = chain();
        Rect a = before.nodes().get("table:a");
        assertSame(before, before.withNodesAt(Map.of("table:a", new Point(a.x(), a.y()))));
    }
}

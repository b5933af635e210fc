package dev.lintel.model.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.document.Position;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import dev.lintel.model.testing.Corpus;
import dev.lintel.model.testing.GeneratedSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutoLayoutTest {
    // Sizes as the app's cards have them: wider for long names, taller for more columns.
    static Size sizeOf(Table t) {
        int longest = t.columns().stream().mapToInt(c -> c.name().length()).max().orElse(4);
        return new Size(120 + 7 * Math.max(longest, t.name().name().length()), 36 + 20 * t.columns().size());
    }

    @Test
    void placesEveryTableOfACorpusSchemaWithoutOverlapAndRoutesEveryForeignKeyOrthogonally() throws Exception {
        Path file = Corpus.assumeAvailable().resolve("postgresql/adventureworks.sql");
        Schema schema = new DdlImporter().importFile(file, Dialect.POSTGRES).schema();
        LayoutGraph graph = LayoutGraph.of(schema, AutoLayoutTest::sizeOf);
        assertTrue(graph.nodes().size() >= 60, "a large schema: " + graph.nodes().size());

        DiagramLayout layout = AutoLayout.layout(graph);

        assertEquals(graph.nodes().size(), layout.nodes().size());
        assertEquals(graph.edges().size(), layout.routes().size());
        assertNoOverlap(layout);
        for (EdgeRoute r : layout.routes()) {
            assertOrthogonal(r);
            Rect s = layout.nodes().get(r.edge().source());
            Rect t = layout.nodes().get(r.edge().target());
            assertTrue(onBorder(r.first(), s), r.edge().id() + " starts on its source card: " + r.first() + " " + s);
            assertTrue(onBorder(r.last(), t), r.edge().id() + " ends on its target card: " + r.last() + " " + t);
        }
    }

    @Test
    void storedPositionsWinAndNewTablesArePlacedBelowWithoutMovingThem() {
        LayoutGraph graph = LayoutGraph.of(GeneratedSchema.tables(30), AutoLayoutTest::sizeOf);
        DiagramLayout first = AutoLayout.layout(graph);
        Map<String, Position> stored = new java.util.HashMap<>(first.positions());
        String moved = graph.nodes().get(3).id();
        stored.put(moved, new Position(5000, -700));
        String added = graph.nodes().get(29).id();
        stored.remove(added);

        DiagramLayout second = AutoLayout.layout(graph, stored);

        stored.forEach((id, p) -> {
            assertEquals(p.x(), second.nodes().get(id).x(), id);
            assertEquals(p.y(), second.nodes().get(id).y(), id);
        });
        Rect placed = second.nodes().get(added);
        second.nodes().forEach((id, r) -> {
            if (!id.equals(added)) {
                assertFalse(r.intersects(placed), added + " overlaps " + id);
            }
        });
        second.routes().forEach(AutoLayoutTest::assertOrthogonal);
    }

    @Test
    void movingACardReroutesOnlyItsEdges() {
        LayoutGraph graph = LayoutGraph.of(GeneratedSchema.tables(12), AutoLayoutTest::sizeOf);
        DiagramLayout layout = AutoLayout.layout(graph);
        String id = graph.edges().get(0).target();

        DiagramLayout moved = layout.withNodeAt(id, 3000, 3000);

        assertEquals(new Position(3000, 3000), moved.positions().get(id));
        for (int i = 0; i < layout.routes().size(); i++) {
            EdgeRoute before = layout.routes().get(i);
            EdgeRoute after = moved.routes().get(i);
            boolean touches = before.edge().source().equals(id) || before.edge().target().equals(id);
            if (touches) {
                assertNotEquals(before.points(), after.points());
                assertTrue(onBorder(after.last(), moved.nodes().get(after.edge().target()))
                        || onBorder(after.first(), moved.nodes().get(after.edge().source())));
            } else {
                assertEquals(before, after);
            }
            assertOrthogonal(after);
        }
    }

    @Test
    void aThousandTablesAreLaidOutInOneScreenShapedBlockWithoutOverlap() {
        LayoutGraph graph = LayoutGraph.of(GeneratedSchema.tables(1000), AutoLayoutTest::sizeOf);

        DiagramLayout layout = AutoLayout.layout(graph);

        assertEquals(1000, layout.nodes().size());
        assertNoOverlap(layout);
        Rect b = layout.bounds();
        double aspect = b.width() / b.height();
        assertTrue(aspect > 0.3 && aspect < 6, "neither a strip nor a tower: " + b);
    }

    @Test
    void theQuickPlacementPutsParentsLeftOfChildrenWithoutOverlap() throws Exception {
        Path file = Corpus.assumeAvailable().resolve("postgresql/adventureworks.sql");
        LayoutGraph graph = LayoutGraph.of(new DdlImporter().importFile(file, Dialect.POSTGRES).schema(), AutoLayoutTest::sizeOf);

        DiagramLayout quick = AutoLayout.quick(graph, Map.of());

        assertEquals(graph.nodes().size(), quick.nodes().size());
        assertEquals(graph.edges().size(), quick.routes().size());
        assertNoOverlap(quick);
        int leftToRight = 0;
        for (EdgeRoute r : quick.routes()) {
            assertOrthogonal(r);
            Rect parent = quick.nodes().get(r.edge().source());
            Rect child = quick.nodes().get(r.edge().target());
            assertTrue(onBorder(r.first(), parent) && onBorder(r.last(), child), r.edge().id());
            leftToRight += r.edge().isSelfLoop() || parent.maxX() < child.x() ? 1 : 0;
        }
        // Every edge but those closing a cycle points right: a cycle has at least one edge back.
        assertTrue(leftToRight >= graph.edges().size() - 2, leftToRight + " of " + graph.edges().size());
    }

    @Test
    void componentsAreLaidOutApartAndSingleTablesPacked() {
        List<LayoutNode> nodes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            nodes.add(new LayoutNode("table:public.t" + i, 200, 100));
        }
        List<LayoutEdge> edges = List.of(new LayoutEdge("e1", "table:public.t0", "table:public.t1"),
                new LayoutEdge("e2", "table:public.t5", "table:public.t5"));
        DiagramLayout layout = AutoLayout.layout(new LayoutGraph(nodes, edges));

        assertNoOverlap(layout);
        assertEquals(2, layout.routes().size());
        EdgeRoute loop = layout.routes().get(1);
        assertEquals(loop.first().x(), layout.nodes().get("table:public.t5").maxX(), "a self-reference loops on the right");
        Rect b = layout.bounds();
        assertTrue(b.width() < 20 * 260, "singles are packed in rows, not one long row: " + b);
    }

    static void assertNoOverlap(DiagramLayout layout) {
        List<Map.Entry<String, Rect>> all = new ArrayList<>(layout.nodes().entrySet());
        // Sweep by x so that 1,000 cards do not take a million comparisons.
        all.sort(java.util.Comparator.comparingDouble(e -> e.getValue().x()));
        for (int i = 0; i < all.size(); i++) {
            Rect a = all.get(i).getValue();
            for (int j = i + 1; j < all.size() && all.get(j).getValue().x() < a.maxX(); j++) {
                assertFalse(a.intersects(all.get(j).getValue()), all.get(i).getKey() + " overlaps " + all.get(j).getKey());
            }
        }
    }

    static void assertOrthogonal(EdgeRoute r) {
        for (int i = 1; i < r.points().size(); i++) {
            Point a = r.points().get(i - 1);
            Point b = r.points().get(i);
            assertTrue(Math.abs(a.x() - b.x()) < 0.01 || Math.abs(a.y() - b.y()) < 0.01, r.edge().id() + " segment " + a + " -> " + b);
        }
    }

    static boolean onBorder(Point p, Rect r) {
        double e = 1.0;
        boolean inX = p.x() >= r.x() - e && p.x() <= r.maxX() + e;
        boolean inY = p.y() >= r.y() - e && p.y() <= r.maxY() + e;
        boolean onSide = Math.abs(p.x() - r.x()) < e || Math.abs(p.x() - r.maxX()) < e;
        boolean onTopOrBottom = Math.abs(p.y() - r.y()) < e || Math.abs(p.y() - r.maxY()) < e;
        return inX && inY && (onSide || onTopOrBottom);
    }
}

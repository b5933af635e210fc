package dev.lintel.app.canvas;

import dev.lintel.model.document.Position;
import dev.lintel.model.layout.AutoLayout;
import dev.lintel.model.layout.DiagramLayout;
import dev.lintel.model.layout.LayoutGraph;
import dev.lintel.model.layout.LayoutNode;
import dev.lintel.model.layout.Size;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cards, sizes, layout and edge styles of a schema: what the canvas shows, and what
 * {@code lintel render} draws without a window. Pure and free of JavaFX; runs on a worker.
 */
public final class DiagramContent {
    private DiagramContent() {
    }

    /** @param stored top-left corners by object path; they win over the automatic layout */
    public static DiagramViewModel.Diagram of(Schema schema, Map<String, Position> stored) {
        return of(schema, schema.tables().stream().map(TableCards::of).toList(), stored);
    }

    /** @param tableCards the cards of the schema's tables, in its order (the view-model has them already) */
    static DiagramViewModel.Diagram of(Schema schema, List<TableCard> tableCards, Map<String, Position> stored) {
        return of(schema, tableCards, stored, AutoLayout::layout);
    }

    /** As {@link #of} with the quick layered placement ({@link AutoLayout#quick}): a large schema's first picture. */
    static DiagramViewModel.Diagram quick(Schema schema, List<TableCard> tableCards, Map<String, Position> stored) {
        return of(schema, tableCards, stored, AutoLayout::quick);
    }

    private static DiagramViewModel.Diagram of(Schema schema, List<TableCard> tableCards, Map<String, Position> stored,
                                               java.util.function.BiFunction<LayoutGraph, Map<String, Position>, DiagramLayout> layout) {
        Map<String, TableCard> byPath = new LinkedHashMap<>();
        tableCards.forEach(c -> byPath.put(c.objectPath(), c));
        Map<String, TableCard> byTable = new HashMap<>(byPath);
        LayoutGraph tables = LayoutGraph.of(schema, t -> CardGeometry.sizeOf(byTable.get(ObjectPath.table(t.name()).toString())));
        // Views and enum types are placed like tables without keys: each its own component.
        List<LayoutNode> nodes = new ArrayList<>(tables.nodes());
        List<TableCard> others = new ArrayList<>();
        schema.views().forEach(v -> others.add(TableCards.of(v)));
        schema.enums().forEach(e -> others.add(TableCards.of(e)));
        for (TableCard c : others) {
            byPath.put(c.objectPath(), c);
            Size size = CardGeometry.sizeOf(c);
            nodes.add(new LayoutNode(c.objectPath(), size.width(), size.height()));
        }
        LayoutGraph graph = new LayoutGraph(nodes, tables.edges());
        return new DiagramViewModel.Diagram(byPath, layout.apply(graph, stored), EdgeStyles.of(schema));
    }

    // Below this many cards to place, ELK answers within a moment and a quick picture would only flicker.
    private static final int QUICK_FIRST_ABOVE = 150;

    /**
     * For a new schema with many cards to place: a quick layered picture (milliseconds) to show
     * while ELK takes seconds on a thousand tables; null when ELK's layout comes soon enough.
     */
    static java.util.concurrent.Callable<DiagramViewModel.Diagram> quickFirst(Schema schema, List<TableCard> list, boolean edited,
                                                                    Map<String, Position> document, Map<String, Position> placed) {
        if (edited || schema.tables().size() - document.size() - placed.size() <= QUICK_FIRST_ABOVE) {
            return null;
        }
        Map<String, Position> stored = new HashMap<>(document);
        stored.putAll(placed);
        return () -> DiagramContent.quick(schema, list, stored);
    }
}

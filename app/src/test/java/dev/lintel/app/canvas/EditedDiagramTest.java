package dev.lintel.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.document.Position;
import dev.lintel.model.layout.EdgeRoute;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.View;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The diagram patched after an edit is the diagram a full layout of the edited schema gives with
 * every card where it was, over long chains of random edits (comments, columns, keys, foreign keys
 * to tables that exist or not, qualified or not); edits that do more than change tables in place
 * are left to the full layout.
 */
class EditedDiagramTest {
    private static final String[] TYPES = {"bigint", "text", "integer", "timestamptz", "a_type_with_a_very_long_name_indeed"};

    @Test
    void aPatchedDiagramIsTheFullLayoutOfTheEditedSchema() {
        int patched = 0;
        for (long seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed);
            Schema schema = schema(random);
            List<TableCard> cards = cardsOf(schema, null, List.of());
            DiagramViewModel.Diagram diagram = normalised(schema, cards, DiagramContent.of(schema, cards, Map.of()));
            for (int step = 0; step < 150; step++) {
                Schema edited = edit(schema, random);
                List<TableCard> editedCards = cardsOf(edited, schema, cards);
                Map<String, Position> stored = random.nextInt(4) == 0 ? diagram.layout().positions() : Map.of();
                DiagramViewModel.Diagram patch = EditedDiagram.of(diagram, schema, edited, editedCards, stored);
                DiagramViewModel.Diagram full = DiagramContent.of(edited, editedCards, diagram.layout().positions());
                if (inPlace(schema, edited)) {
                    assertNotNull(patch, "an edit of tables in place is patched (seed " + seed + ", step " + step + ")");
                    assertEquals(full, patch, "seed " + seed + ", step " + step);
                    patched++;
                } else {
                    assertNull(patch, "tables added, dropped or renamed are laid out in full");
                }
                schema = edited;
                cards = editedCards;
                diagram = patch != null ? patch : normalised(edited, editedCards, full);
            }
        }
        assertTrue(patched > 400, "most edits are in place: " + patched);
    }

    @Test
    void unchangedCardsAndRoutesAreTheOnesBefore() {
        Schema schema = Schema.ofTables(List.of(table("users", List.of()), table("orders", List.of(fk("users", true))),
                table("notes", List.of())));
        List<TableCard> cards = cardsOf(schema, null, List.of());
        DiagramViewModel.Diagram before = normalised(schema, cards, DiagramContent.of(schema, cards, Map.of()));
        Schema edited = schema.mapTable(QualifiedName.of("public", "notes"), t -> t.withComment("changed"));
        List<TableCard> editedCards = cardsOf(edited, schema, cards);

        DiagramViewModel.Diagram after = EditedDiagram.of(before, schema, edited, editedCards, Map.of());

        assertSame(before.cards().get("table:public.orders"), after.cards().get("table:public.orders"));
        EdgeRoute route = before.layout().routes().get(0);
        assertSame(route, after.layout().routes().get(0), "the edge between cards the edit left alone is not routed again");
        assertEquals("changed", after.cards().get("table:public.notes").comment());
    }

    @Test
    void anEditedTableKeepsTheRoutesALayoutGaveItsForeignKeysWhileItsCardKeepsItsSize() {
        Schema schema = Schema.ofTables(List.of(table("users", List.of()), table("orders", List.of(fk("users", true)))));
        List<TableCard> cards = cardsOf(schema, null, List.of());
        DiagramViewModel.Diagram laidOut = DiagramContent.of(schema, cards, Map.of());
        Schema commented = schema.mapTable(QualifiedName.of("public", "orders"), t -> t.withComment("changed"));

        DiagramViewModel.Diagram after = EditedDiagram.of(laidOut, schema, commented, cardsOf(commented, schema, cards), Map.of());

        assertSame(laidOut.layout().routes().get(0), after.layout().routes().get(0), "the edge is drawn as before");
        Schema widened = schema.mapTable(QualifiedName.of("public", "orders"), t -> t.withColumns(append(t.columns(),
                Column.of("a_column_with_a_name_long_enough_to_widen_the_card", DataType.of("text")))));
        DiagramViewModel.Diagram wider = EditedDiagram.of(laidOut, schema, widened, cardsOf(widened, schema, cards), Map.of());
        assertTrue(wider.layout().routes().get(0) != laidOut.layout().routes().get(0), "a card of another size is joined anew");
    }

    @Test
    void aStoredPositionOtherThanWhereTheCardIsMeansAFullLayout() {
        Schema schema = Schema.ofTables(List.of(table("users", List.of()), table("orders", List.of(fk("users", true)))));
        List<TableCard> cards = cardsOf(schema, null, List.of());
        DiagramViewModel.Diagram before = normalised(schema, cards, DiagramContent.of(schema, cards, Map.of()));
        Schema edited = schema.mapTable(QualifiedName.of("public", "users"), t -> t.withComment("changed"));

        assertNull(EditedDiagram.of(before, schema, edited, cardsOf(edited, schema, cards),
                Map.of("table:public.orders", new Position(-500, -500))));
        assertNotNull(EditedDiagram.of(before, schema, edited, cardsOf(edited, schema, cards),
                Map.of("table:public.gone", new Position(-500, -500))), "a position of a card no longer shown changes nothing");
    }

    // Every card placed where a layout put it, and every edge routed between the boxes, as after an edit.
    private static DiagramViewModel.Diagram normalised(Schema schema, List<TableCard> cards, DiagramViewModel.Diagram d) {
        return DiagramContent.of(schema, cards, d.layout().positions());
    }

    // As the view-model keeps them: a table left alone by the edit keeps its card object.
    private static List<TableCard> cardsOf(Schema schema, Schema before, List<TableCard> beforeCards) {
        Map<Table, TableCard> kept = new IdentityHashMap<>();
        if (before != null) {
            for (int i = 0; i < before.tables().size(); i++) {
                kept.put(before.tables().get(i), beforeCards.get(i));
            }
        }
        return schema.tables().stream().map(t -> kept.containsKey(t) ? kept.get(t) : TableCards.of(t)).toList();
    }

    private static boolean inPlace(Schema before, Schema after) {
        if (before.tables().size() != after.tables().size()) {
            return false;
        }
        for (int i = 0; i < before.tables().size(); i++) {
            if (!before.tables().get(i).name().equals(after.tables().get(i).name())) {
                return false;
            }
        }
        return before.views().equals(after.views());
    }

    private static Schema schema(Random random) {
        List<Table> tables = new ArrayList<>();
        int n = 3 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            List<ForeignKey> fks = new ArrayList<>();
            for (int k = random.nextInt(3); k > 0; k--) {
                fks.add(fk("t" + random.nextInt(n + 1), random.nextBoolean()));
            }
            tables.add(table("t" + i, fks));
        }
        return Schema.ofTables(tables).withViews(List.of(View.of(QualifiedName.of("public", "v"), "SELECT 1")));
    }

    private static Table table(String name, List<ForeignKey> fks) {
        Table.Builder b = Table.builder(QualifiedName.of("public", name))
                .addColumn(Column.of("id", DataType.of("bigint")).withNullable(false))
                .primaryKey(PrimaryKey.of(name + "_pkey", "id"))
                .addColumn(Column.of("ref", DataType.of("bigint")));
        fks.forEach(b::addForeignKey);
        return b.build();
    }

    // To a table that may not exist, named with or without its schema.
    private static ForeignKey fk(String target, boolean qualified) {
        return ForeignKey.of(null, List.of("ref"), qualified ? QualifiedName.of("public", target)
                : QualifiedName.unqualified(target), List.of("id"));
    }

    private static Schema edit(Schema s, Random random) {
        List<Table> tables = s.tables();
        Table t = tables.get(random.nextInt(tables.size()));
        QualifiedName name = t.name();
        return switch (random.nextInt(12)) {
            case 0 -> s.mapTable(name, x -> x.withComment("comment " + random.nextInt(100)));
            case 1 -> s.mapTable(name, x -> x.withColumns(append(x.columns(), Column.of("c" + random.nextInt(1000),
                    DataType.of(TYPES[random.nextInt(TYPES.length)])))));
            case 2 -> s.mapTable(name, x -> x.columns().size() > 2
                    ? x.withColumns(x.columns().subList(0, x.columns().size() - 1)) : x.withComment("kept"));
            case 3 -> s.mapTable(name, x -> x.withColumns(x.columns().stream()
                    .map(c -> c.name().equals("ref") ? c.withNullable(!c.nullable()) : c).toList()));
            case 4 -> s.mapTable(name, x -> x.toBuilder().addForeignKey(fk("t" + random.nextInt(tables.size() + 1),
                    random.nextBoolean()).withName(x.name().name() + "_fk" + random.nextInt(50))).build());
            case 5 -> s.mapTable(name, x -> x.toBuilder().foreignKeys(List.of()).build());
            case 6 -> s.mapTable(name, x -> x.toBuilder().addIndex(Index.on(x.name().name() + "_uq", true, "ref")).build());
            case 7 -> s.mapTable(name, x -> x.toBuilder().primaryKey(random.nextBoolean() ? null
                    : PrimaryKey.of(x.name().name() + "_pkey", "ref")).build());
            case 8 -> tables.size() > 2 ? s.removeTable(name) : s.mapTable(name, x -> x.withComment("small"));
            case 9 -> s.addTable(table("n" + random.nextInt(1000), List.of(fk(name.name(), true))));
            case 10 -> s.mapTable(name, x -> x.withName(QualifiedName.of("public", "r" + random.nextInt(1000))));
            default -> s.mapTable(name, x -> x.withColumns(x.columns().stream()
                    .map(c -> c.name().equals("id") ? c.withType(DataType.of(TYPES[random.nextInt(TYPES.length)])) : c).toList()));
        };
    }

    private static List<Column> append(List<Column> columns, Column c) {
        List<Column> out = new ArrayList<>(columns);
        if (out.stream().noneMatch(x -> x.name().equals(c.name()))) {
            out.add(c);
        }
        return out;
    }
}

package dev.lintel.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lintel.model.document.Position;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MoveCardsTest {
    private static final QualifiedName USERS = QualifiedName.of("public", "users");
    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
    private static final Schema SCHEMA = Schema.ofTables(List.of(
            Table.of(USERS, List.of(Column.of("id", DataType.of("bigint")))),
            Table.of(ORDERS, List.of(Column.of("id", DataType.of("bigint"))))));

    private static final Map<String, Position> BEFORE = Map.of(
            "table:public.users", new Position(0, 0), "table:public.orders", new Position(300, 40));
    private static final Map<String, Position> AFTER = Map.of(
            "table:public.users", new Position(0, 0), "table:public.orders", new Position(0, 40));

    @Test
    void movingCardsLeavesTheSchemaAloneAndItsUndoPutsTheCardsBack() {
        MoveCards move = new MoveCards("Align left (2 tables)", BEFORE, AFTER);
        Edit.Applied applied = move.apply(SCHEMA);

        assertSame(SCHEMA, applied.schema(), "positions are not part of the schema");
        assertEquals(AFTER, MoveCards.targetsOf(move));
        assertEquals(BEFORE, MoveCards.targetsOf(applied.inverse()), "the inverse puts every card where it was");
        Map<String, Position> layout = Map.of("table:public.users", new Position(0, 0),
                "table:public.orders", new Position(300, 40), "table:public.other", new Position(9, 9));
        Map<String, Position> moved = move.appliedTo(layout);
        assertEquals(new Position(0, 40), moved.get("table:public.orders"));
        assertEquals(new Position(9, 9), moved.get("table:public.other"), "cards that did not move stay");
        assertEquals(layout, ((MoveCards) applied.inverse()).appliedTo(moved), "apply then undo gives the original");
    }

    @Test
    void theHistoryUndoesAndRedoesAMoveAsOneEntryNamedForTheGesture() {
        EditHistory history = new EditHistory();
        EditHistory.Step done = history.apply(new MoveCards("Move 2 tables", BEFORE, AFTER), SCHEMA);
        assertEquals(Optional.of("Move 2 tables"), history.undoLabel());

        EditHistory.Step undone = history.undo(done.schema());
        assertEquals(BEFORE, MoveCards.targetsOf(undone.applied()));
        EditHistory.Step redone = history.redo(undone.schema());
        assertEquals(AFTER, MoveCards.targetsOf(redone.applied()));
        assertEquals(1, history.undoSize());
    }

    @Test
    void aMoveOfACardWhoseTableIsGoneIsRefused() {
        MoveCards move = new MoveCards("Move table gone", Map.of("table:public.gone", new Position(0, 0)),
                Map.of("table:public.gone", new Position(5, 5)));
        assertThrows(EditException.class, () -> move.apply(SCHEMA));
        assertThrows(IllegalArgumentException.class, () -> new MoveCards("x", BEFORE, Map.of("table:public.users", new Position(1, 1))),
                "before and after name the same cards");
    }

    @Test
    void theMovesInsideACompositeAreFoundInOrder() {
        Edit composite = Composite.of("Add and move", TableEdits.AddTable.atEnd(Table.of(QualifiedName.of("public", "x"), List.of())),
                new MoveCards("m", BEFORE, AFTER));
        assertEquals(AFTER, MoveCards.targetsOf(composite));
        assertEquals(Map.of(), MoveCards.targetsOf(new TableEdits.DropTable(USERS)));
    }
}

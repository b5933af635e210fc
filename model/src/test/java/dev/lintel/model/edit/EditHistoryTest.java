package dev.lintel.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EditHistoryTest {
    private static final QualifiedName USERS = QualifiedName.of("public", "users");

    @Test
    void undoesAndRedoesStepByStepWithTheGesturesLabels() {
        EditHistory history = new EditHistory();
        Schema s0 = Schema.empty();
        Schema s1 = history.apply(TableEdits.AddTable.atEnd(Table.of(USERS, List.of())), s0).schema();
        Schema s2 = history.apply(new ColumnEdits.AddColumn(USERS, Column.of("email", DataType.of("text")), -1), s1).schema();
        Schema s3 = history.apply(new TableEdits.RenameTable(USERS, "people"), s2).schema();
        assertEquals(Optional.of("Rename table users to people"), history.undoLabel());
        assertEquals(Optional.empty(), history.redoLabel());

        assertEquals(s2, history.undo(s3).schema());
        assertEquals(Optional.of("Add column email"), history.undoLabel());
        assertEquals(Optional.of("Rename table users to people"), history.redoLabel());
        assertEquals(s1, history.undo(s2).schema());
        EditHistory.Step first = history.undo(s1);
        assertEquals(s0, first.schema());
        assertEquals(new TableEdits.DropTable(USERS), first.applied(), "undo reports the inverse it applied");
        assertFalse(history.canUndo());
        assertThrows(IllegalStateException.class, () -> history.undo(s0));

        assertEquals(s1, history.redo(s0).schema());
        assertEquals(s2, history.redo(s1).schema());
        assertEquals(s3, history.redo(s2).schema());
        assertFalse(history.canRedo());
        assertEquals(3, history.undoSize());
    }

    @Test
    void aNewEditClearsWhatCouldBeRedone() {
        EditHistory history = new EditHistory();
        Schema s1 = history.apply(TableEdits.AddTable.atEnd(Table.of(USERS, List.of())), Schema.empty()).schema();
        Schema s2 = history.apply(new TableEdits.SetTableComment(USERS, "people"), s1).schema();
        Schema back = history.undo(s2).schema();
        assertTrue(history.canRedo());
        history.apply(new TableEdits.SetTableComment(USERS, "members"), back);
        assertFalse(history.canRedo());
        assertEquals(Optional.of("Edit comment of table users"), history.undoLabel());
    }

    @Test
    void aRefusedEditLeavesTheHistoryAlone() {
        EditHistory history = new EditHistory();
        Schema s1 = history.apply(TableEdits.AddTable.atEnd(Table.of(USERS, List.of())), Schema.empty()).schema();
        assertThrows(EditException.class, () -> history.apply(TableEdits.AddTable.atEnd(Table.of(USERS, List.of())), s1));
        assertEquals(1, history.undoSize());
        history.clear();
        assertFalse(history.canUndo());
        assertEquals(Optional.empty(), history.undoLabel());
    }
}

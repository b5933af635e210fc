package dev.lintel.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inspector's edit commands, without a window: only valid, changed values become edits, one each. */
class InspectorEditingTest {
    private final MainWindowViewModel window = new MainWindowViewModel(new CurrentThreadTaskExecutor(),
            DdlImportService.usingModelImporter(), new ImmediateDelayScheduler());
    private TableEditing editing;

    @BeforeEach
    void selectOrders() {
        window.importDdlText("""
                CREATE TABLE users (id bigint PRIMARY KEY, email text);
                CREATE TABLE orders (id bigint, user_id bigint REFERENCES users (id), note text);
                """);
        window.select("table:public.orders");
        editing = window.inspector().editing();
        assertTrue(window.inspector().editableProperty().get());
    }

    @Test
    void invalidNamesShowAMessageAndMakeNoEdit() {
        Schema before = schema();
        assertEquals(FieldMessage.error("Use letters, digits and _ only, starting with a letter or _"), editing.renameTable("my orders"));
        assertEquals(FieldMessage.error("There is already a table or view public.users"), editing.renameTable("users"));
        assertEquals(FieldMessage.error("Table orders already has a column note"), editing.renameColumn("user_id", "note"));
        assertEquals(FieldMessage.error("A name is required"), editing.addColumn("", "text"));
        assertEquals(before, schema());
        assertFalse(window.editor().canUndoProperty().get());
    }

    @Test
    void renamingTheTableMovesTheSelectionAndTheFields() {
        assertEquals(FieldMessage.NONE, editing.renameTable("purchases"));
        assertEquals("table:public.purchases", window.selectedObjectProperty().get());
        assertEquals("purchases", window.inspector().tableNameProperty().get());
        assertEquals("Undo Rename table orders to purchases", window.editor().undoTextProperty().get());
        assertEquals(FieldMessage.NONE, editing.renameTable("purchases"), "the same name again is no edit");
        assertEquals("Undo Rename table orders to purchases", window.editor().undoTextProperty().get());
    }

    @Test
    void typesAreCheckedAndParsedForTheDialect() {
        assertTrue(editing.setType("note", "varchar(").error());
        assertEquals("text", orders().column("note").orElseThrow().type().name());
        assertEquals(FieldMessage.NONE, editing.setType("note", "character varying(80)"));
        assertEquals(DataType.of("varchar", "80"), orders().column("note").orElseThrow().type());
        FieldMessage typo = editing.setType("note", "strng");
        assertFalse(typo.error(), "an unknown type is applied with a warning");
        assertTrue(typo.text().startsWith("Unknown type strng"), typo.text());
    }

    @Test
    void keyBoxesAddAndDropConstraintsAndTheGridFollows() {
        editing.setPrimaryKey("id", true);
        assertEquals(List.of("id"), orders().primaryKey().columns());
        assertFalse(orders().column("id").orElseThrow().nullable(), "a primary-key column becomes NOT NULL");
        editing.setPrimaryKey("user_id", true);
        assertEquals(List.of("id", "user_id"), orders().primaryKey().columns());
        assertEquals("Undo Add user_id to the primary key", window.editor().undoTextProperty().get());
        editing.setUnique("note", true);
        assertEquals("orders_note_key", orders().uniqueConstraints().get(0).name());
        assertEquals("UQ", window.inspector().columnsProperty().get().get(2).keys());
        editing.setUnique("note", false);
        assertEquals(List.of(), orders().uniqueConstraints());
        editing.setNotNull("note", true);
        assertFalse(orders().column("note").orElseThrow().nullable());
    }

    @Test
    void columnsAreAddedMovedAndDeleted() {
        assertEquals(FieldMessage.NONE, editing.addColumn("email", "text"));
        assertEquals(List.of("id", "user_id", "note", "email"), columnNames());
        editing.moveColumn("email", -1);
        assertEquals(List.of("id", "user_id", "email", "note"), columnNames());
        editing.moveColumn("id", -1);
        assertEquals(List.of("id", "user_id", "email", "note"), columnNames(), "the first column stays first");
        editing.deleteColumn("user_id");
        assertEquals(List.of("id", "email", "note"), columnNames());
        assertEquals(List.of(), orders().foreignKeys(), "the foreign key on the dropped column goes with it");
        editing.setDefault("note", "'none'");
        editing.setColumnComment("note", "free text");
        editing.setTableComment("what was bought");
        assertEquals("'none'", orders().column("note").orElseThrow().defaultExpression());
        assertEquals("what was bought", orders().comment());
        for (int i = 0; i < 6; i++) {
            window.editor().undo();
        }
        assertEquals(List.of("id", "user_id", "note"), columnNames());
        assertFalse(window.editor().canUndoProperty().get());
    }

    private Schema schema() {
        return window.schemaProperty().get();
    }

    private Table orders() {
        return schema().table(QualifiedName.of("public", "orders")).orElseThrow();
    }

    private List<String> columnNames() {
        return window.inspector().columnsProperty().get().stream().map(ColumnRow::name).toList();
    }
}

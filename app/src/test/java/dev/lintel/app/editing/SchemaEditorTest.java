package dev.lintel.app.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.model.edit.ColumnEdits;
import dev.lintel.model.edit.TableEdits;
import dev.lintel.model.lint.Finding;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window's editor without a window: edits, undo and redo through the main view-model, lint included. */
class SchemaEditorTest {
    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");

    private final MainWindowViewModel window = new MainWindowViewModel(new CurrentThreadTaskExecutor(),
            DdlImportService.usingModelImporter(), new ImmediateDelayScheduler());
    private final SchemaEditor editor = window.editor();

    @Test
    void undoAndRedoAreNamedAfterTheGestureAndDisabledWhenEmpty() {
        window.importDdlText("CREATE TABLE orders (id bigint PRIMARY KEY);");
        assertFalse(editor.canUndoProperty().get());
        assertEquals("Undo", editor.undoTextProperty().get());

        Schema before = window.schemaProperty().get();
        assertTrue(editor.apply(new ColumnEdits.AddColumn(ORDERS, Column.of("email", DataType.of("text")), -1)));
        assertEquals("Undo Add column email", editor.undoTextProperty().get());
        assertTrue(window.dirtyProperty().get());
        assertTrue(window.schemaProperty().get().table(ORDERS).orElseThrow().hasColumn("email"));

        editor.undo();
        assertEquals(before, window.schemaProperty().get());
        assertEquals("Redo Add column email", editor.redoTextProperty().get());
        assertTrue(editor.canRedoProperty().get());
        assertFalse(editor.canUndoProperty().get());
        editor.redo();
        assertTrue(window.schemaProperty().get().table(ORDERS).orElseThrow().hasColumn("email"));
        assertFalse(editor.canRedoProperty().get());
    }

    @Test
    void everyEditIsLintedAgain() {
        window.importDdlText("CREATE TABLE orders (id bigint PRIMARY KEY);");
        editor.apply(new ColumnEdits.AddColumn(ORDERS, Column.of("created_at", DataType.of("timestamp")), -1));
        List<String> rules = window.lintResultProperty().get().findings().stream().map(Finding::ruleId).toList();
        assertTrue(rules.contains("design-prefer-timestamptz"), rules.toString());
        assertEquals(window.schemaProperty().get(), window.lintResultProperty().get().schema());
    }

    @Test
    void openingAnotherDocumentClearsTheHistory() {
        window.importDdlText("CREATE TABLE orders (id bigint PRIMARY KEY);");
        editor.apply(new TableEdits.SetTableComment(ORDERS, "what was bought"));
        assertTrue(editor.canUndoProperty().get());
        window.showSchema(Schema.empty(), "Untitled");
        assertFalse(editor.canUndoProperty().get());
        assertEquals("Undo", editor.undoTextProperty().get());
    }

    @Test
    void theSelectionFollowsARenameAndItsUndo() {
        window.importDdlText("CREATE TABLE orders (id bigint PRIMARY KEY);");
        window.select("column:public.orders.id");
        editor.apply(new TableEdits.RenameTable(ORDERS, "purchases"));
        assertEquals("column:public.purchases.id", window.selectedObjectProperty().get());
        editor.apply(new ColumnEdits.RenameColumn(QualifiedName.of("public", "purchases"), "id", "purchase_id"));
        assertEquals("column:public.purchases.purchase_id", window.selectedObjectProperty().get());
        editor.undo();
        editor.undo();
        assertEquals("column:public.orders.id", window.selectedObjectProperty().get());
    }

    @Test
    void aRefusedEditChangesNothingAndSaysWhy() {
        window.importDdlText("CREATE TABLE orders (id bigint PRIMARY KEY); CREATE TABLE users (id bigint);");
        Schema before = window.schemaProperty().get();
        assertFalse(editor.apply(new TableEdits.RenameTable(ORDERS, "users")));
        assertEquals(before, window.schemaProperty().get());
        assertFalse(editor.canUndoProperty().get());
        assertEquals("Rename table orders to users: There is already a table or view named public.users",
                window.statusTextProperty().get());
    }

    @Test
    void aNewTableGetsAFreeNameAndIsSelected() {
        window.showSchema(Schema.empty(), "Untitled");
        assertEquals(QualifiedName.of("public", "new_table"), editor.newTable());
        assertEquals(QualifiedName.of("public", "new_table_2"), editor.newTable());
        assertEquals("table:public.new_table_2", window.selectedObjectProperty().get());
        assertEquals("Undo Add table new_table_2", editor.undoTextProperty().get());
        assertEquals(1, editor.renameRequestsProperty().get() - 1);
    }

    @Test
    void aQuickFixIsOneUndoableStepAndItsFindingGoes() {
        window.importDdlText("""
                CREATE TABLE users (id bigint PRIMARY KEY);
                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));
                """);
        Schema before = window.schemaProperty().get();
        window.select("table:public.orders");
        assertTrue(hasFinding("design-fk-without-index"));
        assertTrue(window.quickFixes().applyFirstFixOnSelection());
        assertFalse(hasFinding("design-fk-without-index"));
        assertTrue(editor.undoTextProperty().get().startsWith("Undo Add index"), editor.undoTextProperty().get());
        editor.undo();
        assertEquals(before, window.schemaProperty().get());
        assertTrue(hasFinding("design-fk-without-index"));
    }

    @Test
    void deletingATableNamesTheForeignKeysThatGoWithItAndUndoBringsThemBack() {
        window.importDdlText("""
                CREATE TABLE users (id bigint PRIMARY KEY);
                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));
                """);
        Schema before = window.schemaProperty().get();
        window.select("table:public.users");
        dev.lintel.app.canvas.CanvasEdits.Deletion deletion = editor.tableActions().deletionOfSelected().orElseThrow();
        assertEquals(new dev.lintel.app.canvas.CanvasEdits.Deletion(List.of("public.users"), List.of("orders.orders_user_id_fkey"), 0),
                deletion);
        assertTrue(editor.tableActions().deleteSelected());
        assertEquals(List.of(), window.schemaProperty().get().table(ORDERS).orElseThrow().foreignKeys());
        assertEquals("Undo Drop table users", editor.undoTextProperty().get());
        editor.undo();
        assertEquals(before, window.schemaProperty().get());
    }

    @Test
    void copiesTheSelectedTableAsDdl() {
        window.importDdlText("CREATE TABLE orders (id bigint PRIMARY KEY, note text);");
        window.select("table:public.orders");
        List<String> copied = new java.util.ArrayList<>();
        window.clipboard().copyAsDdl(copied::add);
        assertEquals(1, copied.size());
        assertTrue(copied.get(0).contains("CREATE TABLE public.orders"), copied.get(0));
        assertTrue(copied.get(0).contains("note text"), copied.get(0));
        window.select(null);
        window.clipboard().copyAsDdl(copied::add);
        assertEquals(1, copied.size(), "nothing selected, nothing copied");
    }

    private boolean hasFinding(String rule) {
        return window.lintResultProperty().get().active().stream().anyMatch(f -> f.ruleId().equals(rule));
    }
}

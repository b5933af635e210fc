package dev.lintel.app.editing;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Edit menu: Undo and Redo named after the gesture they take back ("Undo Add column email"),
 * disabled when there is nothing to take back; New Table; Apply Quick Fix on the selection.
 */
public final class EditMenu extends Menu {
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final KeyCombination REDO_ALTERNATIVE = KeyCombination.keyCombination("Shortcut+Y");

    private final SchemaEditor editor;

    public EditMenu(SchemaEditor editor, QuickFixViewModel quickFixes) {
        super("Edit");
        this.editor = editor;
        setId("menu-edit");
        MenuItem undo = new MenuItem("Undo", new FontIcon(Feather.CORNER_UP_LEFT));
        undo.setId("menu-undo");
        undo.textProperty().bind(editor.undoTextProperty());
        undo.disableProperty().bind(editor.canUndoProperty().not());
        undo.setAccelerator(UNDO);
        undo.setOnAction(e -> editor.undo());
        MenuItem redo = new MenuItem("Redo", new FontIcon(Feather.CORNER_UP_RIGHT));
        redo.setId("menu-redo");
        redo.textProperty().bind(editor.redoTextProperty());
        redo.disableProperty().bind(editor.canRedoProperty().not());
        redo.setAccelerator(REDO);
        redo.setOnAction(e -> editor.redo());
        MenuItem newTable = new MenuItem("New Table", new FontIcon(Feather.PLUS_SQUARE));
        newTable.setId("menu-new-table");
        newTable.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        newTable.setOnAction(e -> editor.newTable());
        MenuItem quickFix = new MenuItem("Apply Quick Fix", new FontIcon(Feather.ZAP));
        quickFix.setId("menu-quick-fix");
        quickFix.setAccelerator(KeyCombination.keyCombination("Shortcut+1"));
        quickFix.setOnAction(e -> quickFixes.applyFirstFixOnSelection());
        MenuItem delete = new MenuItem("Delete Table\u2026", new FontIcon(Feather.TRASH_2));
        delete.setId("menu-delete-table");
        delete.setAccelerator(KeyCombination.keyCombination("Shortcut+Delete"));
        delete.setOnAction(e -> confirmAndDelete());
        MenuItem copyDdl = new MenuItem("Copy Table as DDL", new FontIcon(Feather.COPY));
        copyDdl.setId("menu-copy-ddl");
        copyDdl.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        copyDdl.setOnAction(e -> editor.tableActions().copySelectedAsDdl(sql -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(sql);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        }));
        getItems().addAll(undo, redo, new SeparatorMenuItem(), newTable, delete, copyDdl, new SeparatorMenuItem(), quickFix);
    }

    // Deleting a table also drops the foreign keys that point at it: the user sees which first.
    private void confirmAndDelete() {
        editor.tableActions().deletionOfSelected().ifPresent(d -> {
            String dependents = d.dependentForeignKeys().isEmpty() ? "No other table refers to it."
                    : "These foreign keys refer to it and are dropped too:\n  " + String.join("\n  ", d.dependentForeignKeys());
            javafx.scene.control.Alert confirm = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    dependents + "\n\nUndo brings everything back.");
            confirm.setTitle("Delete Table");
            confirm.setHeaderText("Delete table " + d.table() + "?");
            confirm.getDialogPane().setId("delete-table-dialog");
            if (getParentPopup() != null && getParentPopup().getOwnerWindow() != null) {
                confirm.initOwner(getParentPopup().getOwnerWindow());
            }
            confirm.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK)
                    .ifPresent(b -> editor.tableActions().deleteSelected());
        });
    }

    /**
     * Ctrl+Y also redoes (a menu item has one accelerator). And a text field takes Ctrl+Z for its own
     * typing only while it has some to undo; otherwise (a field that was just committed, or an empty
     * one the focus landed in) the keys undo and redo schema edits, as the user expects.
     */
    public void installAlternativeShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            TextInputControl text = scene.getFocusOwner() instanceof TextInputControl t ? t : null;
            if (UNDO.match(e) && (text == null || !text.isUndoable())) {
                editor.undo();
                e.consume();
            } else if ((REDO.match(e) || REDO_ALTERNATIVE.match(e)) && (text == null || !text.isRedoable())) {
                editor.redo();
                e.consume();
            }
        });
    }
}

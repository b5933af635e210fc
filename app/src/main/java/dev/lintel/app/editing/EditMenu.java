package dev.lintel.app.editing;

import dev.lintel.app.canvas.DeleteConfirmation;
import dev.lintel.app.canvas.DiagramViewModel;
import java.util.function.Consumer;
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
 * disabled when there is nothing to take back; Cut, Copy, Paste, Duplicate, Delete and Copy as DDL
 * of the selected tables (in a text field, Cut, Copy and Paste are the field's own); New Table;
 * Apply Quick Fix on the selection.
 */
public final class EditMenu extends Menu {
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final KeyCombination REDO_ALTERNATIVE = KeyCombination.keyCombination("Shortcut+Y");

    private final SchemaEditor editor;
    private Scene scene;

    public EditMenu(SchemaEditor editor, QuickFixViewModel quickFixes, DiagramViewModel diagram) {
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
        // The canvas's edits are read at each action: the window sets them after the menu is built.
        MenuItem cut = item("menu-cut", "Cut", Feather.SCISSORS, "Shortcut+X", TextInputControl::cut,
                () -> diagram.edits().cutSelection());
        MenuItem copy = item("menu-copy", "Copy", Feather.COPY, "Shortcut+C", TextInputControl::copy,
                () -> diagram.edits().copySelection());
        MenuItem paste = item("menu-paste", "Paste", Feather.CLIPBOARD, "Shortcut+V", TextInputControl::paste,
                () -> diagram.edits().paste());
        MenuItem duplicate = item("menu-duplicate", "Duplicate", Feather.LAYERS, "Shortcut+D", field -> { },
                () -> diagram.edits().duplicateSelection());
        MenuItem delete = new MenuItem("Delete\u2026", new FontIcon(Feather.TRASH_2));
        delete.setId("menu-delete-table");
        delete.setAccelerator(KeyCombination.keyCombination("Shortcut+Delete"));
        delete.setOnAction(e -> DeleteConfirmation.confirmAndDelete(scene == null ? null : scene.getWindow(), diagram.edits()));
        MenuItem copyDdl = new MenuItem("Copy as DDL", new FontIcon(Feather.CODE));
        copyDdl.setId("menu-copy-ddl");
        copyDdl.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        copyDdl.setOnAction(e -> diagram.edits().copySelectionAsDdl());
        MenuItem newTable = new MenuItem("New Table", new FontIcon(Feather.PLUS_SQUARE));
        newTable.setId("menu-new-table");
        newTable.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        newTable.setOnAction(e -> editor.newTable());
        MenuItem quickFix = new MenuItem("Apply Quick Fix", new FontIcon(Feather.ZAP));
        quickFix.setId("menu-quick-fix");
        quickFix.setAccelerator(KeyCombination.keyCombination("Shortcut+1"));
        quickFix.setOnAction(e -> quickFixes.applyFirstFixOnSelection());
        getItems().addAll(undo, redo, new SeparatorMenuItem(), cut, copy, paste, duplicate, delete, copyDdl,
                new SeparatorMenuItem(), newTable, new SeparatorMenuItem(), quickFix);
    }

    // While a text field has the focus, its own cut, copy and paste run instead of the tables'.
    // The DDL pane's code area (RichTextFX, "styled-text-area") copies its text itself; the keys it
    // lets through (a paste into read-only text) must not edit the design behind the user's back.
    private MenuItem item(String id, String text, Feather icon, String keys, Consumer<TextInputControl> inText,
                          Runnable onTables) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(keys));
        item.setOnAction(e -> {
            javafx.scene.Node owner = scene == null ? null : scene.getFocusOwner();
            if (owner instanceof TextInputControl field) {
                inText.accept(field);
            } else if (owner == null || !owner.getStyleClass().contains("styled-text-area")) {
                onTables.run();
            }
        });
        return item;
    }

    /**
     * Ctrl+Y also redoes (a menu item has one accelerator). And a text field takes Ctrl+Z for its own
     * typing only while it has some to undo; otherwise (a field that was just committed, or an empty
     * one the focus landed in) the keys undo and redo schema edits, as the user expects.
     */
    public void installAlternativeShortcuts(Scene scene) {
        this.scene = scene;
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

package dev.lintel.app.editing;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Edit menu: Undo and Redo named after the gesture they take back ("Undo Add column email"),
 * disabled when there is nothing to take back; New Table; Apply Quick Fix on the selection.
 */
public final class EditMenu extends Menu {
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
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(e -> editor.undo());
        MenuItem redo = new MenuItem("Redo", new FontIcon(Feather.CORNER_UP_RIGHT));
        redo.setId("menu-redo");
        redo.textProperty().bind(editor.redoTextProperty());
        redo.disableProperty().bind(editor.canRedoProperty().not());
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Z"));
        redo.setOnAction(e -> editor.redo());
        MenuItem newTable = new MenuItem("New Table", new FontIcon(Feather.PLUS_SQUARE));
        newTable.setId("menu-new-table");
        newTable.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        newTable.setOnAction(e -> editor.newTable());
        MenuItem quickFix = new MenuItem("Apply Quick Fix", new FontIcon(Feather.ZAP));
        quickFix.setId("menu-quick-fix");
        quickFix.setAccelerator(KeyCombination.keyCombination("Shortcut+1"));
        quickFix.setOnAction(e -> quickFixes.applyFirstFixOnSelection());
        getItems().addAll(undo, redo, new SeparatorMenuItem(), newTable, new SeparatorMenuItem(), quickFix);
    }

    /** Ctrl+Y also redoes (a menu item has one accelerator; this one goes on the scene). */
    public void installAlternativeShortcuts(Scene scene) {
        scene.getAccelerators().put(REDO_ALTERNATIVE, editor::redo);
    }
}

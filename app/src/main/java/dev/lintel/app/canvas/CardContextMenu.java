package dev.lintel.app.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The canvas's context menu. On a card it is about the selection the card is part of: cut, copy,
 * paste, duplicate, delete, copy as DDL, align and distribute, focus the card's neighbours, and
 * subject areas. On the background: paste, select all, and Show All while only part of the
 * diagram is shown.
 */
final class CardContextMenu extends ContextMenu {
    /**
     * @param card the object path of the card under the pointer (already selected), or null on the background
     * @param selectAll selects every card shown
     */
    CardContextMenu(DiagramViewModel diagram, String card, Runnable selectAll) {
        DiagramFocus focus = diagram.focus();
        CanvasEdits edits = diagram.edits();
        MenuItem showAll = item("menu-show-all", "Show All", Feather.MAXIMIZE, focus::showAll);
        showAll.setDisable(!focus.isActive());
        MenuItem paste = item("context-paste", "Paste", Feather.CLIPBOARD, edits::paste);
        if (card == null) {
            getItems().addAll(paste, item("context-select-all", "Select All", Feather.CHECK_SQUARE, selectAll),
                    new SeparatorMenuItem(), showAll);
            return;
        }
        List<String> selected = new ArrayList<>(diagram.selection().cards());
        boolean tables = !diagram.selection().tables().isEmpty();
        MenuItem cut = item("context-cut", "Cut", Feather.SCISSORS, edits::cutSelection);
        MenuItem copy = item("context-copy", "Copy", Feather.COPY, edits::copySelection);
        MenuItem duplicate = item("context-duplicate", "Duplicate", Feather.LAYERS, edits::duplicateSelection);
        MenuItem delete = item("context-delete", "Delete\u2026", Feather.TRASH_2,
                () -> DeleteConfirmation.confirmAndDelete(getOwnerWindow(), edits));
        MenuItem copyDdl = item("context-copy-ddl", "Copy as DDL", Feather.CODE, edits::copySelectionAsDdl);
        for (MenuItem m : List.of(cut, copy, duplicate, delete, copyDdl)) {
            m.setDisable(!tables);
        }
        getItems().addAll(cut, copy, paste, duplicate, delete, new SeparatorMenuItem(), copyDdl,
                ArrangeMenu.submenu(diagram, "context-"), new SeparatorMenuItem());

        Menu neighbours = new Menu("Focus Neighbours", new FontIcon(Feather.SHARE_2));
        neighbours.setId("menu-focus-neighbours");
        for (int depth = 1; depth <= 3; depth++) {
            int d = depth;
            neighbours.getItems().add(item("menu-focus-depth-" + d, "Depth " + d, null, () -> focus.focusNeighbours(card, d)));
        }
        SubjectAreasViewModel areas = diagram.subjectAreas();
        MenuItem create = item("menu-new-area", "New Subject Area from Selection\u2026", Feather.FOLDER_PLUS,
                () -> SubjectAreaDialog.ask(getOwnerWindow(), areas, "New Subject Area", null, areas.nextColour())
                        .ifPresent(c -> areas.create(c.name(), c.colour(), selected)));
        getItems().addAll(neighbours, showAll, new SeparatorMenuItem(), create);
        List<String> member = areas.areasOf(card);
        List<String> others = areas.areasProperty().get().stream().map(SubjectAreaShape::name)
                .filter(n -> !member.contains(n)).toList();
        if (!others.isEmpty()) {
            Menu add = new Menu("Add to Area");
            add.setId("menu-add-to-area");
            others.forEach(n -> add.getItems().add(item(null, n, null, () -> areas.addMembers(n, selected))));
            getItems().add(add);
        }
        if (!member.isEmpty()) {
            Menu remove = new Menu("Remove from Area");
            remove.setId("menu-remove-from-area");
            Menu only = new Menu("Show Only Area");
            member.forEach(n -> {
                remove.getItems().add(item(null, n, null, () -> areas.removeMembers(n, selected)));
                only.getItems().add(item(null, n, null, () -> areas.showOnly(n)));
            });
            getItems().addAll(remove, only);
        }
    }

    private static MenuItem item(String id, String text, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}

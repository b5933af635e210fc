package dev.lintel.app.canvas;

import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The canvas's context menu: on a card, focus its neighbours and put it into or out of subject
 * areas; anywhere, Show All while only part of the diagram is shown.
 */
final class CardContextMenu extends ContextMenu {
    /** @param card the object path of the card under the pointer, or null on the background */
    CardContextMenu(DiagramViewModel diagram, String card) {
        DiagramFocus focus = diagram.focus();
        SubjectAreasViewModel areas = diagram.subjectAreas();
        MenuItem showAll = item("menu-show-all", "Show All", Feather.MAXIMIZE, focus::showAll);
        showAll.setDisable(!focus.isActive());
        if (card == null) {
            getItems().add(showAll);
            return;
        }
        Menu neighbours = new Menu("Focus Neighbours", new FontIcon(Feather.SHARE_2));
        neighbours.setId("menu-focus-neighbours");
        for (int depth = 1; depth <= 3; depth++) {
            int d = depth;
            neighbours.getItems().add(item("menu-focus-depth-" + d, "Depth " + d, null, () -> focus.focusNeighbours(card, d)));
        }
        MenuItem create = item("menu-new-area", "New Subject Area from Selection\u2026", Feather.FOLDER_PLUS,
                () -> SubjectAreaDialog.ask(getOwnerWindow(), areas, "New Subject Area", null, areas.nextColour())
                        .ifPresent(c -> areas.create(c.name(), c.colour(), List.of(card))));
        getItems().addAll(neighbours, showAll, new SeparatorMenuItem(), create);
        List<String> member = areas.areasOf(card);
        List<String> others = areas.areasProperty().get().stream().map(SubjectAreaShape::name)
                .filter(n -> !member.contains(n)).toList();
        if (!others.isEmpty()) {
            Menu add = new Menu("Add to Area");
            add.setId("menu-add-to-area");
            others.forEach(n -> add.getItems().add(item(null, n, null, () -> areas.addMembers(n, List.of(card)))));
            getItems().add(add);
        }
        if (!member.isEmpty()) {
            Menu remove = new Menu("Remove from Area");
            remove.setId("menu-remove-from-area");
            Menu only = new Menu("Show Only Area");
            member.forEach(n -> {
                remove.getItems().add(item(null, n, null, () -> areas.removeMembers(n, List.of(card))));
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

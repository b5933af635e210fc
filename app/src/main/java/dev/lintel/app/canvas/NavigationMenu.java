package dev.lintel.app.canvas;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window menu's diagram navigation items: Focus Neighbours of the selected card to a depth, Show All. */
public final class NavigationMenu {
    private NavigationMenu() {
    }

    public static List<MenuItem> items(DiagramViewModel diagram) {
        Menu neighbours = new Menu("Focus Neighbours of Selection", new FontIcon(Feather.SHARE_2));
        neighbours.setId("menu-view-focus-neighbours");
        for (int depth = 1; depth <= 3; depth++) {
            int d = depth;
            MenuItem item = new MenuItem("Depth " + d);
            item.setId("menu-view-focus-depth-" + d);
            item.setOnAction(e -> diagram.focus().focusNeighboursOfSelection(d));
            neighbours.getItems().add(item);
        }
        neighbours.setOnShowing(e -> neighbours.getItems().forEach(i -> i.setDisable(diagram.selectedTable() == null)));
        MenuItem all = new MenuItem("Show All", new FontIcon(Feather.MAXIMIZE));
        all.setId("menu-view-show-all");
        all.setOnAction(e -> diagram.focus().showAll());
        all.disableProperty().bind(diagram.focus().focusProperty().isNull());
        return List.of(neighbours, all);
    }
}

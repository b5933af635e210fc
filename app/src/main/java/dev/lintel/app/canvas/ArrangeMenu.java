package dev.lintel.app.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Align and distribute for the selected cards, wherever they are offered: the window's Arrange
 * menu, the canvas's context menu on a selection, the diagram's toolbar. Each item is disabled
 * until enough cards are selected (two to align, three to distribute).
 */
public final class ArrangeMenu {
    private ArrangeMenu() {
    }

    /** The window's Arrange menu. */
    public static Menu menu(DiagramViewModel diagram) {
        Menu menu = new Menu("Arrange");
        menu.setId("menu-arrange");
        menu.getItems().setAll(items(diagram, "menu-"));
        return menu;
    }

    /** The same as a submenu (the context menu on a selection). */
    static Menu submenu(DiagramViewModel diagram, String idPrefix) {
        Menu menu = new Menu("Arrange", new FontIcon(Feather.LAYOUT));
        menu.setId(idPrefix + "arrange");
        menu.getItems().setAll(items(diagram, idPrefix));
        return menu;
    }

    /** The same as a toolbar drop-down. */
    static MenuButton button(DiagramViewModel diagram) {
        MenuButton b = new MenuButton(null, new FontIcon(Feather.LAYOUT));
        b.setId("diagram-arrange");
        b.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.FLAT);
        b.setTooltip(new Tooltip("Align and distribute the selected tables"));
        b.getItems().setAll(items(diagram, "toolbar-"));
        return b;
    }

    private static List<MenuItem> items(DiagramViewModel diagram, String idPrefix) {
        CardSelection selection = diagram.selection();
        List<MenuItem> out = new ArrayList<>();
        for (CardArrangement a : CardArrangement.values()) {
            if (a == CardArrangement.ALIGN_TOP || a == CardArrangement.DISTRIBUTE_HORIZONTALLY) {
                out.add(new SeparatorMenuItem());
            }
            MenuItem item = new MenuItem(a.label(), new FontIcon(icon(a)));
            item.setId(idPrefix + a.id());
            item.disableProperty().bind(Bindings.createBooleanBinding(() -> selection.size() < a.minimum(),
                    selection.cardsProperty()));
            item.setOnAction(e -> diagram.arrangeSelection(a));
            out.add(item);
        }
        return out;
    }

    private static Feather icon(CardArrangement a) {
        return switch (a) {
            case ALIGN_LEFT -> Feather.ALIGN_LEFT;
            case ALIGN_RIGHT -> Feather.ALIGN_RIGHT;
            case ALIGN_TOP -> Feather.ARROW_UP;
            case ALIGN_BOTTOM -> Feather.ARROW_DOWN;
            case CENTRE_HORIZONTALLY -> Feather.ALIGN_CENTER;
            case CENTRE_VERTICALLY -> Feather.MINUS;
            case DISTRIBUTE_HORIZONTALLY -> Feather.COLUMNS;
            case DISTRIBUTE_VERTICALLY -> Feather.MENU;
        };
    }
}

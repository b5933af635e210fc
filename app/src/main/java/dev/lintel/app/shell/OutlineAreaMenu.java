package dev.lintel.app.shell;

import dev.lintel.app.canvas.AreaColour;
import dev.lintel.app.canvas.DiagramViewModel;
import dev.lintel.app.canvas.SubjectAreaDialog;
import dev.lintel.app.canvas.SubjectAreaShape;
import dev.lintel.app.canvas.SubjectAreasViewModel;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The outline's context menu, built for what is selected when it opens: on tables (views, enum
 * types) "New Subject Area from Selection", "Re-layout Selection" and Add to / Remove from an area;
 * on an area Show Only, Re-layout, Collapse, Rename, Colour and Delete. Double-clicking an area shows it alone.
 */
final class OutlineAreaMenu {
    private final OutlineView outline;
    private final SubjectAreasViewModel areas;
    private final DiagramViewModel diagram;
    private final ContextMenu menu = new ContextMenu();
    private final java.util.function.Consumer<String> present;

    private OutlineAreaMenu(OutlineView outline, DiagramViewModel diagram, java.util.function.Consumer<String> present) {
        this.outline = outline;
        this.present = present;
        this.diagram = diagram;
        this.areas = diagram.subjectAreas();
    }

    /** @param present starts presentation mode focused on the named area */
    static void install(OutlineView outline, DiagramViewModel diagram, java.util.function.Consumer<String> present) {
        OutlineAreaMenu m = new OutlineAreaMenu(outline, diagram, present);
        m.menu.setId("outline-menu");
        // A filter, not the tree's contextMenu property: the menu is built for the selection first.
        outline.tree().addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            m.fill();
            m.menu.show(outline.tree(), e.getScreenX(), e.getScreenY());
            e.consume();
        });
        outline.tree().setOnMouseClicked(e -> {
            List<OutlineNode> picked = outline.selectedNodes();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && picked.size() == 1
                    && picked.get(0).kind() == OutlineNode.Kind.AREA) {
                m.areas.showOnly(picked.get(0).areaName());
            }
        });
    }

    private void fill() {
        menu.getItems().clear();
        List<OutlineNode> picked = outline.selectedNodes();
        List<String> objects = picked.stream().filter(n -> n.kind() == OutlineNode.Kind.TABLE
                || n.kind() == OutlineNode.Kind.VIEW || n.kind() == OutlineNode.Kind.ENUM).map(OutlineNode::objectPath)
                .distinct().toList();
        if (picked.size() == 1 && picked.get(0).kind() == OutlineNode.Kind.AREA) {
            areaItems(picked.get(0).areaName());
        } else if (!objects.isEmpty()) {
            objectItems(objects);
        }
        if (diagram.focus().isActive()) {
            menu.getItems().add(item("outline-show-all", "Show All", Feather.MAXIMIZE, diagram.focus()::showAll));
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("Select tables to group them into a subject area");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    private void objectItems(List<String> objects) {
        menu.getItems().add(item("outline-new-area", "New Subject Area from Selection\u2026", Feather.FOLDER_PLUS,
                () -> SubjectAreaDialog.ask(outline.getScene().getWindow(), areas, "New Subject Area", null, areas.nextColour())
                        .ifPresent(c -> areas.create(c.name(), c.colour(), objects))));
        menu.getItems().add(item("outline-relayout-selection", "Re-layout Selection", Feather.GRID,
                () -> diagram.relayoutCards(objects)));
        List<SubjectAreaShape> all = areas.areasProperty().get();
        if (!all.isEmpty()) {
            Menu add = new Menu("Add to Area");
            Menu remove = new Menu("Remove from Area");
            for (SubjectAreaShape a : all) {
                add.getItems().add(item(null, a.name(), null, () -> areas.addMembers(a.name(), objects)));
                if (objects.stream().anyMatch(a.members()::contains)) {
                    remove.getItems().add(item(null, a.name(), null, () -> areas.removeMembers(a.name(), objects)));
                }
            }
            menu.getItems().add(add);
            if (!remove.getItems().isEmpty()) {
                menu.getItems().add(remove);
            }
        }
    }

    private void areaItems(String name) {
        SubjectAreaShape area = areas.area(name).orElse(null);
        if (area == null) {
            return;
        }
        Menu colour = new Menu("Colour");
        for (AreaColour c : AreaColour.values()) {
            colour.getItems().add(item(null, c.label(), null, () -> areas.recolour(name, c)));
        }
        menu.getItems().addAll(
                item("outline-area-show-only", "Show Only This Area", Feather.EYE, () -> areas.showOnly(name)),
                item("outline-area-present", "Present This Area", Feather.MONITOR, () -> present.accept(name)),
                item("outline-area-relayout", "Re-layout Area", Feather.GRID, () -> diagram.relayoutCards(area.members())),
                item("outline-area-collapse", area.collapsed() ? "Expand" : "Collapse to One Box",
                        area.collapsed() ? Feather.MAXIMIZE_2 : Feather.MINIMIZE_2,
                        () -> areas.setCollapsed(name, !area.collapsed())),
                new SeparatorMenuItem(),
                item("outline-area-rename", "Rename\u2026", Feather.EDIT_2, () -> SubjectAreaDialog.ask(
                        outline.getScene().getWindow(), areas, "Rename Subject Area", name, AreaColour.ofHex(area.colour()))
                        .ifPresent(c -> {
                            areas.recolour(name, c.colour());
                            areas.rename(name, c.name());
                        })),
                colour,
                item("outline-area-delete", "Delete Area", Feather.TRASH_2, () -> areas.delete(name)));
    }

    private static MenuItem item(String id, String text, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}

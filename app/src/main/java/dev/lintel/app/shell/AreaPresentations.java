package dev.lintel.app.shell;

import dev.lintel.app.canvas.SubjectAreaShape;
import dev.lintel.app.review.PresentationViewModel;
import dev.lintel.app.review.PresentationWindow;
import java.util.Set;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Starting presentation mode: on all open items, or focused on one subject area (only the
 * items on its tables, and the diagram shows the area alone).
 */
final class AreaPresentations {
    private AreaPresentations() {
    }

    /** Presents the open items; with {@code area} non-null, only that subject area's. */
    static void present(MainWindowViewModel viewModel, Window owner, String area, javafx.beans.value.ObservableValue<Boolean> dark) {
        PresentationViewModel deck = viewModel.startPresentation();
        if (area != null) {
            viewModel.diagram().subjectAreas().area(area).ifPresent(a -> {
                deck.keepOnly(Set.copyOf(a.members()));
                viewModel.diagram().subjectAreas().showOnly(a.name());
            });
        }
        PresentationWindow.show(owner, deck, viewModel.diagram(), dark);
    }

    /** View > Present Subject Area: one item per area, listed when the menu opens. */
    static Menu menu(MainWindowViewModel viewModel, java.util.function.Supplier<Window> owner,
                     javafx.beans.value.ObservableValue<Boolean> dark) {
        Menu menu = new Menu("Present Subject Area", new FontIcon(Feather.LAYERS));
        menu.setId("menu-present-area");
        MenuItem placeholder = new MenuItem("No subject areas yet");
        placeholder.setDisable(true);
        menu.getItems().add(placeholder);
        viewModel.diagram().subjectAreas().areasProperty().addListener((obs, o, areas) -> {
            menu.getItems().clear();
            for (SubjectAreaShape a : areas) {
                MenuItem item = new MenuItem(a.name());
                item.setOnAction(e -> present(viewModel, owner.get(), a.name(), dark));
                menu.getItems().add(item);
            }
            if (areas.isEmpty()) {
                menu.getItems().add(placeholder);
            }
        });
        return menu;
    }
}

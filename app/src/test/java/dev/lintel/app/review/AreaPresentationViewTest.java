package dev.lintel.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.canvas.AreaColour;
import dev.lintel.app.canvas.DiagramCanvasView;
import dev.lintel.app.canvas.TableCardView;
import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowView;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.app.theme.ThemeManager;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Presentation mode focused on a subject area: only its items and its cards, no clutter, badges optional. */
@ExtendWith(ApplicationExtension.class)
class AreaPresentationViewTest {
    private static final Set<String> SALES = Set.of("table:public.orders", "table:public.order_items");
    private MainWindowViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new MainWindowViewModel(new CurrentThreadTaskExecutor(), DdlImportService.usingModelImporter(),
                new ImmediateDelayScheduler());
        ThemeManager theme = new ThemeManager();
        Scene scene = new Scene(new MainWindowView(viewModel, theme), 1200, 760);
        theme.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void presentingAnAreaStepsThroughItsItemsOnlyAndShowsItsCardsAlone(FxRobot robot) {
        robot.interact(viewModel::loadSample);
        robot.interact(() -> viewModel.diagram().subjectAreas().create("Sales", AreaColour.ORANGE, SALES));
        long onArea = viewModel.lintResultProperty().get().active().stream()
                .filter(f -> SALES.contains(f.object().ownerPath().toString())).count();
        long all = viewModel.lintResultProperty().get().active().size();
        assertTrue(onArea >= 1 && onArea < all, onArea + " of " + all);

        Node cell = robot.lookup("#outline-tree .tree-cell").match(n -> "Sales (2)".equals(((TreeCell<?>) n).getText())).query();
        robot.clickOn(cell);
        robot.interact(() -> cell.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5,
                cell.localToScreen(5, 5).getX(), cell.localToScreen(5, 5).getY(), false, new PickResult(cell, 5, 5))));
        robot.clickOn("Present This Area");

        DiagramCanvasView canvas = robot.lookup("#presentation-canvas").queryAs(DiagramCanvasView.class);
        Node window = robot.lookup("#presentation-window").query();
        assertEquals(SALES, canvas.shownLayout().nodes().keySet(), "the presentation shows the area alone");
        assertTrue(robot.from(window).lookup("#diagram-minimap").tryQuery().isEmpty(), "no minimap in the presentation");
        Label position = robot.lookup("#presentation-position").queryAs(Label.class);
        assertEquals("1 / " + onArea, position.getText());
        for (int i = 1; i <= onArea; i++) {
            assertTrue(SALES.contains(viewModel.diagram().selectedTable()), "step " + i + ": " + viewModel.selectedObjectProperty().get());
            robot.type(KeyCode.RIGHT);
        }

        assertTrue(canvas.cardNodes().stream().anyMatch(c -> c.badgeText() != null), "badges shown at first");
        robot.type(KeyCode.B);
        assertTrue(canvas.cardNodes().stream().map(TableCardView::badgeText).allMatch(t -> t == null), "B hides the badges");
        assertFalse(canvas.cardNodes().isEmpty());

        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#presentation-window").tryQuery().isEmpty(), "Escape ends the presentation");
        assertNull(viewModel.diagram().focus().focusProperty().get(), "and the window shows the whole diagram again");
    }

    @Test
    void keepOnlyNarrowsTheDeckToTheAreasObjects() {
        PresentationViewModel deck = new PresentationViewModel(p -> { });
        MainWindowViewModel vm = new MainWindowViewModel(new CurrentThreadTaskExecutor(), DdlImportService.usingModelImporter(),
                new ImmediateDelayScheduler());
        vm.loadSample();
        deck.start(vm.currentDocument(), vm.lintResultProperty().get());
        int before = deck.items().size();

        deck.keepOnly(SALES);

        assertTrue(deck.items().size() < before && !deck.items().isEmpty());
        assertTrue(deck.items().stream().allMatch(i -> SALES.contains(
                dev.lintel.model.schema.ObjectPath.parse(i.objectPath()).ownerPath().toString())), deck.items().toString());
        assertEquals(List.of(), deck.items().stream().filter(i -> i.objectPath() == null).toList());
        assertEquals("1 / " + deck.items().size(), deck.positionProperty().get());
    }
}

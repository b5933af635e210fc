package dev.lintel.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.shell.MainWindowView;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.model.layout.Rect;
import dev.lintel.model.testing.GeneratedSchema;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import dev.lintel.app.testing.MainWindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Search on the canvas (Ctrl+F) in the real window, headless, on the bundled sample. */
@ExtendWith(ApplicationExtension.class)
class CanvasSearchTest {
    private MainWindowViewModel viewModel;
    private MainWindowView view;

    @Start
    void start(Stage stage) {
        MainWindowFixture.Shown shown = MainWindowFixture.show(stage, 1200, 760);
        viewModel = shown.viewModel();
        view = shown.view();
    }

    @Test
    void ctrlFFindsATableSelectsAndShowsItFadesTheRestEnterMovesOnEscapeRestores(FxRobot robot) {
        robot.interact(viewModel::loadSample);
        DiagramCanvasView canvas = robot.lookup("#diagram-canvas").queryAs(DiagramCanvasView.class);
        robot.clickOn(canvas);
        // Start far from the tables, so that finding one has to bring it into view.
        robot.interact(() -> {
            canvas.zoomToActualSize();
            canvas.panBy(5000, 5000);
        });
        assertTrue(canvas.cardNodes().isEmpty());

        robot.press(KeyCode.SHORTCUT, KeyCode.F).release(KeyCode.F, KeyCode.SHORTCUT);
        assertTrue(view.diagramView().searchBar().isVisible(), "Ctrl+F opens the search field");
        robot.write("ORDERS");

        assertEquals("table:public.orders", viewModel.selectedObjectProperty().get());
        assertOnScreen(canvas, "table:public.orders");
        List<TableCardView> nodes = canvas.cardNodes();
        assertFalse(card(canvas, "table:public.orders").isFaded());
        assertTrue(nodes.stream().anyMatch(TableCardView::isFaded), "the other cards on screen are faded");
        nodes.stream().filter(n -> !n.card().objectPath().equals("table:public.orders"))
                .forEach(n -> assertTrue(n.isFaded(), n.card().objectPath() + " does not match 'orders'"));

        robot.type(KeyCode.BACK_SPACE); // "ORDER": orders, order_items and the tables with an order_id column
        List<String> matches = view.diagramView().searchBar().search().orderedMatches();
        assertTrue(matches.size() >= 2 && matches.contains("table:public.order_items"), matches.toString());
        String first = viewModel.selectedObjectProperty().get();
        assertEquals(matches.get(0), first);

        robot.type(KeyCode.ENTER);
        String second = viewModel.selectedObjectProperty().get();
        assertEquals(matches.get(1), second);
        assertNotEquals(first, second);
        assertOnScreen(canvas, second);
        assertFalse(card(canvas, second).isFaded());

        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertEquals(first, viewModel.selectedObjectProperty().get(), "Shift+Enter goes back");

        robot.type(KeyCode.ESCAPE);
        assertFalse(view.diagramView().searchBar().isVisible());
        assertTrue(canvas.cardNodes().stream().noneMatch(TableCardView::isFaded), "Escape restores every card");
        assertEquals(first, viewModel.selectedObjectProperty().get(), "the found table stays selected");
    }

    @Test
    void matchingIsCaseInsensitiveNamesFirstThenColumns() {
        TableCard orders = new TableCard("table:public.orders", "orders", "public", "", List.of());
        TableCard items = new TableCard("table:public.order_items", "order_items", "public", "",
                List.of(new ColumnLine("order_id", "bigint", false, true, false, true, true, "")));
        TableCard payments = new TableCard("table:public.payments", "payments", "public", "",
                List.of(new ColumnLine("Order_Ref", "bigint", false, false, false, true, false, "")));
        TableCard tags = new TableCard("table:public.tags", "tags", "public", "", List.of());

        List<TableCard> cards = List.of(payments, items, orders, tags);
        // Names before columns, each in diagram order; the column match ignores case.
        assertEquals(List.of("table:public.order_items", "table:public.orders", "table:public.payments"),
                DiagramSearch.matching(cards, "order"));
        // An exact name comes before a partial one, whatever the diagram order.
        TableCard ordersOld = new TableCard("table:public.orders_old", "orders_old", "public", "", List.of());
        assertEquals(List.of("table:public.orders", "table:public.orders_old"),
                DiagramSearch.matching(List.of(ordersOld, orders), "orders"));
        assertEquals(List.of(), DiagramSearch.matching(cards, "zzz"));
    }

    @Test
    void farOutTheCardsThatDoNotMatchArePaintedFaded(FxRobot robot) {
        robot.interact(() -> viewModel.showSchema(GeneratedSchema.tables(120), "generated"));
        DiagramCanvasView canvas = robot.lookup("#diagram-canvas").queryAs(DiagramCanvasView.class);
        DiagramSearch search = view.diagramView().searchBar().search();
        robot.interact(canvas::zoomToFit);
        assertTrue(canvas.scale() < DiagramCanvasView.DETAIL_SCALE, "names only, painted: " + canvas.scale());
        String other = "table:public.t7";
        Color before = centreColour(robot, canvas, other);

        robot.interact(() -> search.queryProperty().set("t11"));
        assertFalse(search.orderedMatches().contains(other), search.orderedMatches().toString());
        robot.interact(canvas::zoomToFit); // finding zoomed in to the match: look at the whole again
        Color faded = centreColour(robot, canvas, other);
        robot.interact(search::clear);
        Color after = centreColour(robot, canvas, other);

        assertNotEquals(before, faded, "a table that does not match is faded");
        assertEquals(before, after, "clearing the search restores it");
    }

    private static Color centreColour(FxRobot robot, DiagramCanvasView canvas, String path) {
        Rect r = canvas.shownLayout().nodes().get(path);
        Rect view = canvas.visibleArea();
        double s = canvas.scale();
        Color[] c = new Color[1];
        robot.interact(() -> c[0] = canvas.snapshot(null, null).getPixelReader()
                .getColor((int) ((r.centerX() - view.x()) * s), (int) ((r.centerY() - view.y()) * s)));
        return c[0];
    }

    private static TableCardView card(DiagramCanvasView canvas, String path) {
        return canvas.cardNodes().stream().filter(n -> n.card().objectPath().equals(path)).findFirst().orElseThrow();
    }

    private static void assertOnScreen(DiagramCanvasView canvas, String path) {
        Rect r = canvas.shownLayout().nodes().get(path);
        assertTrue(canvas.visibleArea().contains(r), path + " " + r + " inside " + canvas.visibleArea());
    }
}

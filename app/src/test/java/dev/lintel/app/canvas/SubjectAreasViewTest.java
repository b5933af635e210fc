package dev.lintel.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.shell.MainWindowView;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.model.layout.Rect;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import dev.lintel.app.testing.MainWindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Subject areas, Focus Neighbours and view / enum cards in the real window, headless, on the bundled sample. */
@ExtendWith(ApplicationExtension.class)
class SubjectAreasViewTest {
    private static final String ORDERS = "table:public.orders";
    private static final String ORDER_ITEMS = "table:public.order_items";

    private MainWindowViewModel viewModel;
    private MainWindowView view;

    @Start
    void start(Stage stage) {
        MainWindowFixture.Shown shown = MainWindowFixture.show(stage, 1200, 760);
        viewModel = shown.viewModel();
        view = shown.view();
    }

    private DiagramCanvasView canvas(FxRobot robot) {
        return robot.lookup("#diagram-canvas").queryAs(DiagramCanvasView.class);
    }

    private static Node outlineCell(FxRobot robot, String text) {
        return robot.lookup("#outline-tree .tree-cell").match(n -> text.equals(((TreeCell<?>) n).getText())).query();
    }

    @Test
    void anAreaMadeFromTablesPickedInTheOutlineIsDrawnBehindThemAndListed(FxRobot robot) {
        robot.interact(viewModel::loadSample);
        DiagramCanvasView canvas = canvas(robot);
        robot.interact(canvas::zoomToFit);
        Color before = frameColour(robot, canvas, canvas.shownLayout().nodes().get(ORDERS),
                canvas.shownLayout().nodes().get(ORDER_ITEMS));

        robot.clickOn(outlineCell(robot, "orders"));
        robot.press(KeyCode.CONTROL).clickOn(outlineCell(robot, "order_items")).release(KeyCode.CONTROL);
        openContextMenu(robot, outlineCell(robot, "order_items"));
        robot.clickOn("New Subject Area from Selection\u2026");
        robot.clickOn("#subject-area-name").write("Sales");
        robot.clickOn("Create");

        SubjectAreaShape sales = viewModel.diagram().subjectAreas().area("Sales").orElseThrow();
        assertEquals(List.of(ORDER_ITEMS, ORDERS), sales.members());
        assertTrue(viewModel.dirtyProperty().get());
        Rect frame = canvas.paintedAreaFrames().get("Sales");
        Rect orders = canvas.shownLayout().nodes().get(ORDERS);
        Rect items = canvas.shownLayout().nodes().get(ORDER_ITEMS);
        assertTrue(frame != null && frame.contains(orders) && frame.contains(items), "drawn around its tables: " + frame);
        assertNotEquals(before, frameColour(robot, canvas, orders, items), "the area's tint is painted behind the cards");
        assertTrue(outlineCell(robot, "Sales (2)").isVisible(), "listed in the outline");
        assertTrue(robot.lookup("#outline-tree .tree-cell").match(n -> "Subject Areas".equals(((TreeCell<?>) n).getText()))
                .tryQuery().isPresent());
    }

    @Test
    void showOnlyThisAreaHidesTheOtherCardsAndEscapeBringsThemBack(FxRobot robot) {
        robot.interact(viewModel::loadSample);
        robot.interact(() -> viewModel.diagram().subjectAreas().create("Sales", AreaColour.ORANGE, List.of(ORDERS, ORDER_ITEMS)));
        DiagramCanvasView canvas = canvas(robot);
        int all = canvas.shownLayout().nodes().size();

        robot.clickOn(outlineCell(robot, "Sales (2)"));
        openContextMenu(robot, outlineCell(robot, "Sales (2)"));
        robot.clickOn("Show Only This Area");

        assertEquals(Set.of(ORDERS, ORDER_ITEMS), canvas.shownLayout().nodes().keySet());
        assertEquals(Set.of(ORDERS, ORDER_ITEMS), onScreen(canvas), "both fit on screen, nothing else is built");
        assertTrue(robot.lookup("#diagram-focus-bar").query().isVisible());
        assertTrue(robot.lookup("#diagram-focus-title").queryAs(Label.class).getText().startsWith("Subject area Sales"));

        robot.interact(canvas::requestFocus);
        robot.type(KeyCode.ESCAPE);
        assertEquals(all, canvas.shownLayout().nodes().size());
        assertFalse(robot.lookup("#diagram-focus-bar").query().isVisible());
    }

    @Test
    void focusNeighboursDepthOneFromTheCardMenuLeavesExactlyTheTableAndItsKeyNeighbours(FxRobot robot) {
        robot.interact(viewModel::loadSample);
        DiagramCanvasView canvas = canvas(robot);
        robot.interact(() -> viewModel.select(ORDERS));
        Node card = canvas.cardNodes().stream().filter(n -> n.card().objectPath().equals(ORDERS)).findFirst().orElseThrow();

        openContextMenu(robot, card);
        robot.clickOn("Focus Neighbours");
        robot.clickOn("Depth 1");

        // orders references accounts and addresses; order_items references orders. payments has an
        // order_id column but no foreign key, so it is not a neighbour.
        Set<String> expected = Set.of(ORDERS, ORDER_ITEMS, "table:public.accounts", "table:public.addresses");
        assertEquals(expected, canvas.shownLayout().nodes().keySet());
        assertEquals(expected, onScreen(canvas));
        assertTrue(canvas.shownLayout().routes().stream().allMatch(r -> expected.contains(r.edge().source())
                && expected.contains(r.edge().target())), "no edge to a hidden card");

        robot.clickOn("#diagram-show-all");
        assertEquals(viewModel.diagram().diagramProperty().get().layout().nodes().keySet(), canvas.shownLayout().nodes().keySet());
    }

    @Test
    void collapsingAnAreaDrawsOneBoxThatTheOutsideEdgesEndAt(FxRobot robot) {
        robot.interact(viewModel::loadSample);
        robot.interact(() -> viewModel.diagram().subjectAreas().create("Sales", AreaColour.ORANGE, List.of(ORDERS, ORDER_ITEMS)));
        DiagramCanvasView canvas = canvas(robot);

        robot.clickOn(outlineCell(robot, "Sales (2)"));
        openContextMenu(robot, outlineCell(robot, "Sales (2)"));
        robot.clickOn("Collapse to One Box");

        Set<String> nodes = canvas.shownLayout().nodes().keySet();
        assertTrue(nodes.contains("area:Sales") && !nodes.contains(ORDERS) && !nodes.contains(ORDER_ITEMS), nodes.toString());
        // orders -> accounts, orders -> addresses, order_items -> products now end at the box.
        assertEquals(3, canvas.shownLayout().routes().stream()
                .filter(r -> r.edge().target().equals("area:Sales") || r.edge().source().equals("area:Sales")).count());
    }

    @Test
    void viewsAndEnumTypesHaveCardsOfTheirOwnThatSearchFinds(FxRobot robot) {
        robot.interact(viewModel::loadSample);
        DiagramCanvasView canvas = canvas(robot);
        String view = "view:public.order_totals";
        String type = "enum:public.order_status";
        assertTrue(canvas.shownLayout().nodes().containsKey(view) && canvas.shownLayout().nodes().containsKey(type));

        robot.interact(() -> viewModel.select(view));
        TableCardView viewCard = onScreenCard(canvas, view);
        assertTrue(viewCard.getStyleClass().contains("view-card"));
        assertTrue(robot.from(viewCard).lookup(".table-card-kind").queryAs(Label.class).getText().equals("view"));

        robot.interact(() -> viewModel.select(type));
        TableCardView enumCard = onScreenCard(canvas, type);
        assertTrue(enumCard.getStyleClass().contains("enum-card"));
        assertEquals(List.of("pending", "paid", "shipped", "delivered", "cancelled"),
                robot.from(enumCard).lookup(".table-card-column-name").queryAllAs(Label.class).stream()
                        .map(Label::getText).toList());

        robot.interact(() -> view().searchBar().search().queryProperty().set("order_totals"));
        assertEquals(List.of(view), view().searchBar().search().orderedMatches());
        assertEquals(view, viewModel.selectedObjectProperty().get());
    }

    // The headless platform sends no context-menu event on a right click: send the one a desktop sends.
    private static void openContextMenu(FxRobot robot, Node node) {
        robot.interact(() -> {
            javafx.geometry.Bounds b = node.getLayoutBounds();
            double x = b.getCenterX();
            double y = b.getCenterY();
            javafx.geometry.Point2D screen = node.localToScreen(x, y);
            node.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    x, y, screen.getX(), screen.getY(), false, new javafx.scene.input.PickResult(node, x, y)));
        });
    }

    private DiagramView view() {
        return view.diagramView();
    }

    private static TableCardView onScreenCard(DiagramCanvasView canvas, String path) {
        return canvas.cardNodes().stream().filter(n -> n.card().objectPath().equals(path)).findFirst().orElseThrow();
    }

    private static Set<String> onScreen(DiagramCanvasView canvas) {
        return canvas.cardNodes().stream().map(n -> n.card().objectPath()).collect(Collectors.toSet());
    }

    // A point in the padding an area frame keeps below its lowest card, left of centre.
    private static Color frameColour(FxRobot robot, DiagramCanvasView canvas, Rect a, Rect b) {
        Rect union = a.union(b);
        Rect view = canvas.visibleArea();
        double s = canvas.scale();
        double x = union.x() + 12;
        double y = union.maxY() + AreaPainter.PAD / 2;
        Color[] c = new Color[1];
        robot.interact(() -> c[0] = canvas.snapshot(null, null).getPixelReader()
                .getColor((int) ((x - view.x()) * s), (int) ((y - view.y()) * s)));
        return c[0];
    }
}

package dev.lintel.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.testing.MainWindowFixture;
import dev.lintel.model.document.Position;
import dev.lintel.model.layout.Rect;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Selecting several cards in the real window (headless): Shift and Ctrl+click, a rubber band on the
 * background (panning moved to Space+drag and the middle button), moving the selection in one drag
 * or the arrow keys, and aligning it, each one undoable step.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasSelectionViewTest {
    static final String CUSTOMERS = "table:public.customers";
    static final String ORDERS = "table:public.orders";
    static final String ITEMS = "table:public.order_items";
    static final String NOTES = "table:public.notes";
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private MainWindowViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = MainWindowFixture.show(stage, 1200, 760).viewModel();
    }

    /** customers; orders -> customers; order_items -> orders; notes on its own. */
    static Schema shop() {
        QualifiedName customers = QualifiedName.of("public", "customers");
        QualifiedName orders = QualifiedName.of("public", "orders");
        return Schema.ofTables(List.of(
                keyed(customers, Column.of("email", DataType.of("text"))),
                keyed(orders, Column.of("customer_id", DataType.of("bigint"))).toBuilder()
                        .addForeignKey(ForeignKey.of("orders_customer_id_fkey", List.of("customer_id"), customers, List.of("id")))
                        .build(),
                keyed(QualifiedName.of("public", "order_items"), Column.of("order_id", DataType.of("bigint")),
                        Column.of("quantity", DataType.of("integer"))).toBuilder()
                        .addForeignKey(ForeignKey.of("order_items_order_id_fkey", List.of("order_id"), orders, List.of("id")))
                        .build(),
                keyed(QualifiedName.of("public", "notes"), Column.of("body", DataType.of("text"))))).normalize();
    }

    private static Table keyed(QualifiedName name, Column... columns) {
        Table.Builder b = Table.builder(name).addColumn(Column.of("id", DataType.of("bigint")).withNullable(false));
        for (Column c : columns) {
            b.addColumn(c);
        }
        return b.primaryKey(PrimaryKey.of(name.name() + "_pkey", "id")).build();
    }

    /** The shop with its cards in two rows (customers, orders / order_items, notes), all on screen with room around. */
    static DiagramCanvasView showShop(FxRobot robot, MainWindowViewModel viewModel) {
        robot.interact(() -> viewModel.showSchema(shop(), "shop"));
        DiagramCanvasView canvas = robot.lookup("#diagram-canvas").queryAs(DiagramCanvasView.class);
        robot.interact(() -> {
            viewModel.diagram().moveCard(CUSTOMERS, 0, 0);
            viewModel.diagram().moveCard(ORDERS, 300, 0);
            viewModel.diagram().moveCard(ITEMS, 0, 220);
            viewModel.diagram().moveCard(NOTES, 300, 220);
            canvas.zoomToFit();
            canvas.zoomAt(0.85, canvas.getWidth() / 2, canvas.getHeight() / 2);
        });
        assertTrue(canvas.scale() >= DiagramCanvasView.DETAIL_SCALE, "cards are nodes: " + canvas.scale());
        return canvas;
    }

    /** Where the diagram point (x, y) is on the screen. */
    static Point2D screen(DiagramCanvasView canvas, double x, double y) {
        Rect view = canvas.visibleArea();
        return canvas.localToScreen((x - view.x()) * canvas.scale(), (y - view.y()) * canvas.scale());
    }

    private Set<String> selection() {
        return viewModel.diagram().selection().cards();
    }

    private boolean marked(FxRobot robot, String name) {
        return robot.lookup("#card-" + name).queryAs(TableCardView.class).getPseudoClassStates().contains(SELECTED);
    }

    private static void clickWith(FxRobot robot, KeyCode modifier, String query) {
        robot.press(modifier).clickOn(query).release(modifier);
    }

    @Test
    void shiftAndCtrlClickAddAndRemoveCardsAndEscapeClearsTheSelection(FxRobot robot) {
        showShop(robot, viewModel);

        robot.clickOn("#card-name-customers");
        clickWith(robot, KeyCode.SHIFT, "#card-name-orders");
        clickWith(robot, KeyCode.CONTROL, "#card-name-notes");

        assertEquals(List.of(CUSTOMERS, ORDERS, NOTES), List.copyOf(selection()));
        assertEquals(NOTES, viewModel.selectedObjectProperty().get(), "the inspector shows the card picked last");
        assertTrue(marked(robot, "customers") && marked(robot, "orders") && marked(robot, "notes"));
        assertFalse(marked(robot, "order_items"));

        clickWith(robot, KeyCode.CONTROL, "#card-name-orders");
        assertEquals(Set.of(CUSTOMERS, NOTES), selection(), "a second Ctrl+click takes the card out");
        assertFalse(marked(robot, "orders"));

        robot.type(KeyCode.ESCAPE);
        assertEquals(Set.of(), selection());
        assertNull(viewModel.selectedObjectProperty().get());
        assertFalse(marked(robot, "customers") || marked(robot, "notes"));

        // Selecting elsewhere (the outline, a finding) selects that card alone.
        robot.interact(() -> viewModel.select("column:public.order_items.quantity"));
        assertEquals(Set.of(ITEMS), selection());
        assertTrue(marked(robot, "order_items"));
    }

    @Test
    void aRubberBandSelectsTheCardsItTouchesShiftAddsAndPanningStaysOnSpaceAndTheMiddleButton(FxRobot robot) {
        DiagramCanvasView canvas = showShop(robot, viewModel);

        robot.drag(screen(canvas, -15, -15), MouseButton.PRIMARY).moveTo(screen(canvas, 360, 120));
        assertTrue(robot.lookup("#rubber-band").query().isVisible());
        assertEquals(Set.of(CUSTOMERS, ORDERS), selection(), "selected as the band is drawn: it touches the first row only");
        robot.drop();
        assertEquals(Set.of(CUSTOMERS, ORDERS), selection());
        assertFalse(robot.lookup("#rubber-band").query().isVisible(), "the band goes when the button is released");

        robot.press(KeyCode.SHIFT);
        robot.drag(screen(canvas, 260, 190), MouseButton.PRIMARY).moveTo(screen(canvas, 320, 240)).drop();
        robot.release(KeyCode.SHIFT);
        assertEquals(Set.of(CUSTOMERS, ORDERS, NOTES), selection(), "with Shift the band adds to the selection");

        Rect before = canvas.visibleArea();
        robot.press(KeyCode.SPACE);
        robot.drag(screen(canvas, 260, 160), MouseButton.PRIMARY).moveBy(60, 0).drop();
        robot.release(KeyCode.SPACE);
        Rect panned = canvas.visibleArea();
        assertEquals(before.x() - 60 / canvas.scale(), panned.x(), 2 / canvas.scale(), "Space+drag pans");
        robot.drag(screen(canvas, 260, 160), MouseButton.MIDDLE).moveBy(0, 40).drop();
        assertEquals(panned.y() - 40 / canvas.scale(), canvas.visibleArea().y(), 2 / canvas.scale(), "so does the middle button");
        assertEquals(Set.of(CUSTOMERS, ORDERS, NOTES), selection(), "panning leaves the selection alone");

        robot.clickOn(screen(canvas, 260, 160));
        assertEquals(Set.of(), selection(), "a click on the background clears the selection");
    }

    @Test
    void draggingOneSelectedCardMovesTheWholeSelectionAsOneUndoableStep(FxRobot robot) {
        DiagramCanvasView canvas = showShop(robot, viewModel);
        robot.clickOn("#card-name-customers");
        clickWith(robot, KeyCode.CONTROL, "#card-name-orders");
        Map<String, Rect> before = new HashMap<>(canvas.shownLayout().nodes());

        robot.drag("#card-name-customers").moveBy(30, 20).moveBy(30, 20).drop();

        Map<String, Rect> after = canvas.shownLayout().nodes();
        double dx = after.get(CUSTOMERS).x() - before.get(CUSTOMERS).x();
        double dy = after.get(CUSTOMERS).y() - before.get(CUSTOMERS).y();
        assertEquals(60 / canvas.scale(), dx, 2 / canvas.scale());
        assertEquals(40 / canvas.scale(), dy, 2 / canvas.scale());
        assertEquals(before.get(ORDERS).translated(dx, dy), after.get(ORDERS), "orders moved with it");
        assertEquals(before.get(ITEMS), after.get(ITEMS));
        assertEquals(before.get(NOTES), after.get(NOTES));
        assertEquals(Set.of(CUSTOMERS, ORDERS), selection(), "still both selected");
        assertEquals("Undo Move 2 tables", viewModel.editor().undoTextProperty().get());
        assertEquals(new Position(after.get(ORDERS).x(), after.get(ORDERS).y()),
                viewModel.currentDocument().layout().positions().get(ORDERS), "the document keeps where they went");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, canvas.shownLayout().nodes(), "one undo puts both back");
        assertEquals(new Position(before.get(ORDERS).x(), before.get(ORDERS).y()),
                viewModel.currentDocument().layout().positions().get(ORDERS));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(after, canvas.shownLayout().nodes(), "redo moves them again");

        // The arrows nudge the selection, ten units a press (Shift: one).
        robot.type(KeyCode.RIGHT);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertEquals(after.get(CUSTOMERS).translated(10, 1), canvas.shownLayout().nodes().get(CUSTOMERS));
        assertEquals(after.get(ORDERS).translated(10, 1), canvas.shownLayout().nodes().get(ORDERS));
        assertEquals(before.get(NOTES), canvas.shownLayout().nodes().get(NOTES));

        // A click (no drag) on one card of the selection selects it alone.
        robot.clickOn("#card-name-orders");
        assertEquals(Set.of(ORDERS), selection());
    }

    @Test
    void alignLeftFromTheArrangeMenuAndDistributeFromTheContextMenuAreEachOneUndoableStep(FxRobot robot) {
        DiagramCanvasView canvas = showShop(robot, viewModel);
        robot.clickOn("#card-name-orders");
        clickWith(robot, KeyCode.CONTROL, "#card-name-order_items");
        clickWith(robot, KeyCode.CONTROL, "#card-name-notes");
        Map<String, Rect> before = new HashMap<>(canvas.shownLayout().nodes());

        robot.clickOn("Arrange").clickOn("Align left");

        Map<String, Rect> aligned = canvas.shownLayout().nodes();
        for (String card : List.of(ORDERS, ITEMS, NOTES)) {
            assertEquals(0, aligned.get(card).x(), 1e-9, card + " at the leftmost edge");
            assertEquals(before.get(card).y(), aligned.get(card).y(), 1e-9, card + " keeps its height");
        }
        assertEquals(before.get(CUSTOMERS), aligned.get(CUSTOMERS), "not selected, not moved");
        assertEquals("Undo Align left (3 tables)", viewModel.editor().undoTextProperty().get());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, canvas.shownLayout().nodes());

        // Right-clicking a selected card keeps the selection: the menu is for all of it.
        openContextMenu(robot, robot.lookup("#card-name-notes").query());
        assertEquals(Set.of(ORDERS, ITEMS, NOTES), selection());
        clickInSubmenu(robot, "Arrange", "Distribute vertically");
        Map<String, Rect> spread = canvas.shownLayout().nodes();
        assertEquals("Undo Distribute vertically (3 tables)", viewModel.editor().undoTextProperty().get());
        List<Rect> column = List.of(ORDERS, ITEMS, NOTES).stream().map(spread::get)
                .sorted(java.util.Comparator.comparingDouble(Rect::y)).toList();
        double gap1 = column.get(1).y() - column.get(0).maxY();
        double gap2 = column.get(2).y() - column.get(1).maxY();
        assertEquals(gap1, gap2, 1e-6, "equal gaps");
        assertTrue(gap1 >= CardArrangement.MIN_GAP);
        assertNotEquals(before, spread);
    }

    /** Opens the canvas's context menu on {@code node}, as a right-click there does. */
    static void openContextMenu(FxRobot robot, Node node) {
        robot.interact(() -> {
            javafx.geometry.Bounds b = node.getLayoutBounds();
            Point2D screen = node.localToScreen(b.getCenterX(), b.getCenterY());
            node.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    b.getCenterX(), b.getCenterY(), screen.getX(), screen.getY(), false,
                    new javafx.scene.input.PickResult(node, b.getCenterX(), b.getCenterY())));
        });
    }

    /**
     * Opens a submenu of the open context menu and clicks one of its items. The pointer goes
     * sideways into the submenu first: crossing the items below would close it.
     */
    static void clickInSubmenu(FxRobot robot, String submenu, String item) {
        Node opener = contextItem(robot, submenu);
        robot.clickOn(opener);
        javafx.stage.Window menu = opener.getScene().getWindow();
        double y = opener.localToScreen(opener.getBoundsInLocal()).getCenterY();
        robot.moveTo(new Point2D(menu.getX() + menu.getWidth() + 30, y));
        robot.clickOn(contextItem(robot, item));
    }

    /** The item labelled {@code text} in the open context menu (the menu bar may have one of that name too). */
    static Node contextItem(FxRobot robot, String text) {
        return robot.from(robot.lookup(".context-menu").queryAll())
                .lookup((Node n) -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText())
                        && n.getScene() != null && n.getScene().getWindow().isShowing())
                .query();
    }
}

package dev.lintel.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowView;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
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
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import dev.lintel.app.testing.MainWindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Editing on the canvas in the real window (headless, real linter on the same-thread executor):
 * a new table where the user double-clicks and from the toolbar, renaming a card in place, a
 * foreign key (and its index) by dragging a column onto another card, and a quick fix from a
 * card's findings badge; each one undoable in one step.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasEditingViewTest {
    private static final QualifiedName CUSTOMERS = QualifiedName.of("public", "customers");
    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
    private static final QualifiedName NOTES = QualifiedName.of("public", "notes");

    private MainWindowViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new MainWindowViewModel(new CurrentThreadTaskExecutor(), DdlImportService.usingModelImporter(),
                new ImmediateDelayScheduler());
        MainWindowView view = MainWindowFixture.show(stage, viewModel, 1200, 760).view();
    }

    /** customers(id PK, email), orders(id PK, customer_ref, created_at timestamp), notes(id PK, body): no keys between them. */
    private static Schema shop() {
        Table customers = Table.builder(CUSTOMERS)
                .addColumn(Column.of("id", DataType.of("bigint")).withNullable(false))
                .addColumn(Column.of("email", DataType.of("text")).withNullable(false))
                .primaryKey(PrimaryKey.of("customers_pkey", "id")).build();
        Table orders = Table.builder(ORDERS)
                .addColumn(Column.of("id", DataType.of("bigint")).withNullable(false))
                .addColumn(Column.of("customer_ref", DataType.of("bigint")).withNullable(false))
                .addColumn(Column.of("created_at", DataType.of("timestamp")))
                .primaryKey(PrimaryKey.of("orders_pkey", "id")).build();
        Table notes = Table.builder(NOTES)
                .addColumn(Column.of("id", DataType.of("integer")).withNullable(false))
                .addColumn(Column.of("body", DataType.of("text")))
                .primaryKey(PrimaryKey.of("notes_pkey", "id")).build();
        return Schema.ofTables(List.of(customers, orders, notes)).normalize();
    }

    private DiagramCanvasView showShopAt100(FxRobot robot) {
        robot.interact(() -> viewModel.showSchema(shop(), "shop"));
        DiagramCanvasView canvas = robot.lookup("#diagram-canvas").queryAs(DiagramCanvasView.class);
        robot.interact(() -> {
            canvas.zoomToActualSize();
            Rect b = canvas.shownLayout().bounds();
            canvas.centreOnPoint(b.centerX(), b.centerY());
        });
        assertTrue(canvas.visibleArea().contains(canvas.shownLayout().bounds()), "the whole shop is on screen at 100%");
        return canvas;
    }

    @Test
    void doubleClickOnTheBackgroundAddsATableThereSelectedWithItsNameFieldFocused(FxRobot robot) {
        DiagramCanvasView canvas = showShopAt100(robot);
        Map<String, Rect> before = new HashMap<>(canvas.shownLayout().nodes());
        Point2D world = freePoint(canvas);
        Point2D screen = canvas.localToScreen(world.getX() * canvas.scale() + screenOrigin(canvas).getX(),
                world.getY() * canvas.scale() + screenOrigin(canvas).getY());

        robot.doubleClickOn(screen, MouseButton.PRIMARY);

        Schema schema = viewModel.schemaProperty().get();
        assertTrue(schema.table(QualifiedName.of("public", "new_table")).isPresent(), "a new table");
        assertEquals("table:public.new_table", viewModel.selectedObjectProperty().get());
        assertTrue(robot.lookup("#inspector-name").queryAs(TextField.class).isFocused(), "ready to type its name");
        Rect placed = canvas.shownLayout().nodes().get("table:public.new_table");
        assertNotNull(placed);
        assertEquals(world.getX(), placed.x(), 1.5);
        assertEquals(world.getY(), placed.y(), 1.5);
        before.forEach((id, r) -> assertEquals(r, canvas.shownLayout().nodes().get(id), id + " did not move"));
        assertNotNull(viewModel.currentDocument().layout().positions().get("table:public.new_table"), "the document keeps where it went");
        assertEquals("Undo Add table new_table", viewModel.editor().undoTextProperty().get());
    }

    @Test
    void theToolbarPutsTheNewTableSomewhereFreeOnScreenWithoutMovingTheOthers(FxRobot robot) {
        DiagramCanvasView canvas = showShopAt100(robot);
        Map<String, Rect> before = new HashMap<>(canvas.shownLayout().nodes());

        robot.clickOn("#new-table-button");

        Rect placed = canvas.shownLayout().nodes().get("table:public.new_table");
        assertNotNull(placed);
        assertTrue(canvas.visibleArea().contains(placed), placed + " on screen in " + canvas.visibleArea());
        before.forEach((id, r) -> {
            assertEquals(r, canvas.shownLayout().nodes().get(id), id + " did not move");
            assertFalse(r.intersects(placed), "the new card covers " + id);
        });
    }

    @Test
    void f2OrADoubleClickOnACardsNameRenamesItInPlaceWithValidationAndEscapeCancels(FxRobot robot) {
        showShopAt100(robot);
        Schema before = viewModel.schemaProperty().get();

        // F2 renames the selected card.
        robot.clickOn("#card-name-orders");
        robot.type(KeyCode.F2);
        TextField field = robot.lookup("#inline-rename").queryAs(TextField.class);
        assertTrue(field.isFocused());
        robot.write("my orders").type(KeyCode.ENTER);
        assertEquals(before, viewModel.schemaProperty().get(), "an invalid name is not applied");
        Label message = robot.lookup("#inline-rename-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals("Use letters, digits and _ only, starting with a letter or _", message.getText());

        robot.interact(field::selectAll);
        robot.write("purchases").type(KeyCode.ENTER);
        assertTrue(viewModel.schemaProperty().get().table(QualifiedName.of("public", "purchases")).isPresent());
        assertTrue(robot.lookup("#inline-rename").tryQuery().isEmpty(), "the field is gone");
        assertEquals("Undo Rename table orders to purchases", viewModel.editor().undoTextProperty().get());
        assertEquals("table:public.purchases", viewModel.selectedObjectProperty().get());

        // A double-click on a card's name renames it too; Escape leaves the name as it was.
        Schema renamed = viewModel.schemaProperty().get();
        robot.doubleClickOn("#card-name-purchases");
        assertTrue(robot.lookup("#inline-rename").queryAs(TextField.class).isFocused());
        robot.write("other").type(KeyCode.ESCAPE);
        assertEquals(renamed, viewModel.schemaProperty().get());
        assertTrue(robot.lookup("#inline-rename").tryQuery().isEmpty());
    }

    @Test
    void draggingAColumnOntoAnotherCardMakesTheForeignKeyAndItsIndexUndoneInOneStep(FxRobot robot) {
        showShopAt100(robot);
        Schema before = viewModel.schemaProperty().get();

        robot.drag(columnLabel(robot, "orders", "customer_ref"), MouseButton.PRIMARY)
                .moveTo("#card-name-customers").drop();
        assertTrue(robot.lookup("#fk-with-index").queryAs(CheckBox.class).isSelected(), "the index is offered, checked");
        robot.clickOn("#fk-create");

        Table orders = viewModel.schemaProperty().get().table(ORDERS).orElseThrow();
        ForeignKey fk = orders.foreignKeys().get(0);
        assertEquals(List.of("customer_ref"), fk.columns());
        assertEquals(CUSTOMERS.name(), fk.referencedTable().name());
        assertEquals(List.of("id"), fk.referencedColumns());
        assertEquals(List.of("customer_ref"), orders.indexes().get(0).leadingColumns());
        assertEquals("Undo Add foreign key and index orders_customer_ref_fkey", viewModel.editor().undoTextProperty().get());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, viewModel.schemaProperty().get(), "one undo takes back the key and the index");
    }

    @Test
    void draggingAKeyOntoAnotherCardAddsTheReferencingColumnWithTheKeysType(FxRobot robot) {
        showShopAt100(robot);

        robot.drag(columnLabel(robot, "customers", "id"), MouseButton.PRIMARY).moveTo("#card-name-notes").drop();
        robot.clickOn("#fk-with-index"); // uncheck: no index this time
        robot.clickOn("#fk-create");

        Table notes = viewModel.schemaProperty().get().table(NOTES).orElseThrow();
        Column referencing = notes.column("customers_id").orElseThrow();
        assertEquals("bigint", referencing.type().name());
        assertEquals(List.of("customers_id"), notes.foreignKeys().get(0).columns());
        assertEquals(CUSTOMERS.name(), notes.foreignKeys().get(0).referencedTable().name());
        assertTrue(notes.indexes().isEmpty(), "the index was declined");
    }

    @Test
    void aFixFromTheCardsFindingsPopoverIsAppliedAndUndoable(FxRobot robot) {
        showShopAt100(robot);
        Schema before = viewModel.schemaProperty().get();

        // In the middle of the screen, clear of the zoom controls over the canvas's corner.
        DiagramCanvasView canvas = robot.lookup("#diagram-canvas").queryAs(DiagramCanvasView.class);
        robot.interact(() -> {
            Rect orders = canvas.shownLayout().nodes().get("table:public.orders");
            canvas.centreOnPoint(orders.centerX(), orders.centerY());
        });
        robot.clickOn("#badge-orders");
        ContextMenu popover = robot.listWindows().stream().filter(w -> w instanceof ContextMenu c
                && "card-findings-popover".equals(c.getId()) && c.isShowing()).map(w -> (ContextMenu) w).findFirst().orElseThrow();
        MenuItem fix = popover.getItems().stream().filter(i -> i.getText().startsWith("Fix: Change public.orders.created_at to timestamptz"))
                .findFirst().orElseThrow(() -> new AssertionError(popover.getItems().stream().map(MenuItem::getText).toList()));
        robot.clickOn(fix.getStyleableNode());

        assertEquals("timestamptz", viewModel.schemaProperty().get().table(ORDERS).orElseThrow()
                .column("created_at").orElseThrow().type().name());
        assertEquals("Undo Change public.orders.created_at to timestamptz", viewModel.editor().undoTextProperty().get());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, viewModel.schemaProperty().get());
    }

    private static Node columnLabel(FxRobot robot, String table, String column) {
        TableCardView card = robot.lookup("#card-" + table).queryAs(TableCardView.class);
        return card.lookupAll(".table-card-column-name").stream()
                .filter(n -> n instanceof Label l && l.getText().equals(column)).findFirst().orElseThrow();
    }

    // A diagram point on screen with room for a card around it.
    private static Point2D freePoint(DiagramCanvasView canvas) {
        Rect view = canvas.visibleArea();
        for (double y = view.y() + 20; y < view.maxY() - 120; y += 10) {
            for (double x = view.x() + 20; x < view.maxX() - 200; x += 10) {
                Rect room = new Rect(x - 10, y - 10, 200, 120);
                if (canvas.shownLayout().nodes().values().stream().noneMatch(room::intersects)) {
                    return new Point2D(x, y);
                }
            }
        }
        throw new AssertionError("no free room on screen");
    }

    // Where diagram (0, 0) is on the canvas, in its local coordinates.
    private static Point2D screenOrigin(DiagramCanvasView canvas) {
        Rect view = canvas.visibleArea();
        return new Point2D(-view.x() * canvas.scale(), -view.y() * canvas.scale());
    }
}

package dev.lintel.app.canvas;

import static dev.lintel.app.canvas.CanvasSelectionViewTest.CUSTOMERS;
import static dev.lintel.app.canvas.CanvasSelectionViewTest.ITEMS;
import static dev.lintel.app.canvas.CanvasSelectionViewTest.NOTES;
import static dev.lintel.app.canvas.CanvasSelectionViewTest.ORDERS;
import static dev.lintel.app.canvas.CanvasSelectionViewTest.contextItem;
import static dev.lintel.app.canvas.CanvasSelectionViewTest.openContextMenu;
import static dev.lintel.app.canvas.CanvasSelectionViewTest.screen;
import static dev.lintel.app.canvas.CanvasSelectionViewTest.showShop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.importing.DiagnosticRow;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.testing.MainWindowFixture;
import dev.lintel.model.layout.Rect;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Copy, paste, duplicate and delete of tables on the canvas in the real window (headless, the
 * system clipboard): copied tables paste under free names with the key between them, SQL text
 * pastes as tables, a selection is deleted after one question; each one undoable step.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasClipboardViewTest {
    private static final QualifiedName ORDERS_COPY = QualifiedName.of("public", "orders_copy");
    private static final QualifiedName ITEMS_COPY = QualifiedName.of("public", "order_items_copy");

    private MainWindowViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = MainWindowFixture.show(stage, 1200, 760).viewModel();
    }

    private Schema schema() {
        return viewModel.schemaProperty().get();
    }

    private static String clipboardText(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    private static void putText(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    /** Clicks the first card, Ctrl+clicks the others: they are the selection. */
    private static void pick(FxRobot robot, String first, String... more) {
        robot.clickOn("#card-name-" + first);
        for (String name : more) {
            robot.press(KeyCode.CONTROL).clickOn("#card-name-" + name).release(KeyCode.CONTROL);
        }
    }

    private static void assertOverlapsNone(Map<String, Rect> cards, String card, Set<String> others) {
        for (String other : others) {
            assertFalse(cards.get(card).intersects(cards.get(other)), card + " " + cards.get(card) + " covers " + other);
        }
    }

    @Test
    void twoCopiedTablesPasteUnderFreeNamesWithTheirKeyAndOneUndoTakesBothBack(FxRobot robot) {
        DiagramCanvasView canvas = showShop(robot, viewModel);
        Schema before = schema();
        pick(robot, "orders", "order_items");

        robot.push(KeyCode.CONTROL, KeyCode.C);

        String ddl = clipboardText(robot);
        assertTrue(ddl.contains("CREATE TABLE public.orders ("), ddl);
        assertTrue(ddl.contains("CREATE TABLE public.order_items ("), ddl);
        assertTrue(ddl.contains("FOREIGN KEY (order_id) REFERENCES public.orders"), ddl);
        assertFalse(ddl.contains("CREATE TABLE public.customers"), "only the selected tables: " + ddl);
        Map<String, Rect> cardsBefore = new HashMap<>(canvas.shownLayout().nodes());

        robot.push(KeyCode.CONTROL, KeyCode.V);

        Table itemsCopy = schema().table(ITEMS_COPY).orElseThrow();
        ForeignKey toOrders = itemsCopy.foreignKeys().get(0);
        assertEquals("orders_copy", toOrders.referencedTable().name(), "the key between the copies follows them");
        assertEquals("customers", schema().table(ORDERS_COPY).orElseThrow().foreignKeys().get(0).referencedTable().name(),
                "a key to a table that was not copied stays: the table is here");
        assertEquals("order_items_copy_pkey", itemsCopy.primaryKey().name());
        assertEquals(before.tables(), schema().tables().stream().filter(t -> !t.name().name().endsWith("_copy")).toList());
        String ordersCopy = "table:public.orders_copy";
        String itemsCopyCard = "table:public.order_items_copy";
        assertEquals(Set.of(ordersCopy, itemsCopyCard), viewModel.diagram().selection().cards(), "the pasted cards are selected");
        Map<String, Rect> cards = canvas.shownLayout().nodes();
        cardsBefore.forEach((id, r) -> assertEquals(r, cards.get(id), id + " did not move"));
        assertOverlapsNone(cards, ordersCopy, cardsBefore.keySet());
        assertOverlapsNone(cards, itemsCopyCard, cardsBefore.keySet());
        assertEquals("Undo Paste 2 tables", viewModel.editor().undoTextProperty().get());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, schema(), "one undo removes both");
        assertEquals(Set.of(), viewModel.diagram().selection().cards());
    }

    @Test
    void pastingIntoAnotherDocumentKeepsFreeNamesAndLeavesOutKeysToTablesItLacks(FxRobot robot) {
        showShop(robot, viewModel);
        pick(robot, "orders", "order_items");
        robot.push(KeyCode.CONTROL, KeyCode.C);
        Schema notesOnly = Schema.ofTables(List.of(schema().table(QualifiedName.of("public", "notes")).orElseThrow()));
        robot.interact(() -> viewModel.showSchema(notesOnly, "other"));
        robot.clickOn("#card-name-notes");

        robot.push(KeyCode.CONTROL, KeyCode.V);

        Table orders = schema().table(QualifiedName.of("public", "orders")).orElseThrow();
        Table items = schema().table(QualifiedName.of("public", "order_items")).orElseThrow();
        assertEquals(List.of(), orders.foreignKeys(), "customers is not in this document");
        assertEquals("orders", items.foreignKeys().get(0).referencedTable().name());
        assertTrue(viewModel.statusTextProperty().get().contains("orders.orders_customer_id_fkey \u2192 customers"),
                viewModel.statusTextProperty().get());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(notesOnly, schema());
    }

    @Test
    void duplicateAddsACopyBesideTheOriginalAndCopyAsDdlPutsOnlyText(FxRobot robot) {
        DiagramCanvasView canvas = showShop(robot, viewModel);
        robot.clickOn("#card-name-customers");

        robot.push(KeyCode.CONTROL, KeyCode.D);

        assertTrue(schema().table(QualifiedName.of("public", "customers_copy")).isPresent());
        assertEquals("Undo Duplicate table customers_copy", viewModel.editor().undoTextProperty().get());
        Map<String, Rect> cards = canvas.shownLayout().nodes();
        assertOverlapsNone(cards, "table:public.customers_copy", Set.of(CUSTOMERS, ORDERS, ITEMS, NOTES));
        assertTrue(canvas.visibleArea().contains(cards.get("table:public.customers_copy")), "on screen");

        putText(robot, "unrelated");
        // The view zoomed in on the new copy (the selection) and keeps that view: bring the original back.
        robot.interact(() -> canvas.centreOn(CUSTOMERS));
        robot.press(KeyCode.CONTROL).clickOn("#card-name-customers").release(KeyCode.CONTROL);
        assertEquals(Set.of("table:public.customers_copy", CUSTOMERS), viewModel.diagram().selection().cards());
        openContextMenu(robot, robot.lookup("#card-name-customers").query());
        robot.clickOn(contextItem(robot, "Copy as DDL"));

        String ddl = clipboardText(robot);
        assertTrue(ddl.contains("CREATE TABLE public.customers (") && ddl.contains("CREATE TABLE public.customers_copy ("), ddl);
        boolean[] lintelFormat = new boolean[1];
        robot.interact(() -> lintelFormat[0] = Clipboard.getSystemClipboard().getContentTypes().stream()
                .anyMatch(f -> f.getIdentifiers().contains("application/x-lintel-tables")));
        assertFalse(lintelFormat[0], "DDL text only");
    }

    @Test
    void sqlTextOnTheClipboardPastesAsTablesWithWhatItCouldNotReadInTheDiagnostics(FxRobot robot) {
        DiagramCanvasView canvas = showShop(robot, viewModel);
        Schema before = schema();
        putText(robot, """
                CREATE TABLE invoices (
                    id bigint PRIMARY KEY,
                    order_id bigint REFERENCES orders (id),
                    total numeric(12, 2) NOT NULL
                );
                CREATE TABLE broken (id bigint,, );
                """);
        robot.clickOn(screen(canvas, 260, 160));

        robot.push(KeyCode.CONTROL, KeyCode.V);

        Table invoices = schema().table(QualifiedName.of("public", "invoices")).orElseThrow();
        assertEquals("orders", invoices.foreignKeys().get(0).referencedTable().name(), "its key to orders, which is here");
        assertEquals(Set.of("table:public.invoices"), viewModel.diagram().selection().cards());
        List<DiagnosticRow> rows = List.copyOf(viewModel.diagnostics());
        assertTrue(rows.stream().anyMatch(d -> d.severity() == DiagnosticRow.Severity.WARNING
                && d.message().startsWith("statement not understood") && d.location().equals("pasted SQL:6:1")), rows.toString());
        assertTrue(rows.stream().noneMatch(d -> d.message().contains("orders")),
                "no note that orders is unknown: it is in the design " + rows);
        TabPane tabs = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
        assertEquals("Diagnostics (1)", tabs.getTabs().stream().filter(t -> t.getText() != null && t.getText().startsWith("Diagnostics"))
                .findFirst().orElseThrow().getText());
        assertEquals("Pasted table invoices (1 problem in the pasted SQL, see Diagnostics)", viewModel.statusTextProperty().get());
        assertEquals("Undo Paste table invoices", viewModel.editor().undoTextProperty().get());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, schema());
    }

    @Test
    void inATextFieldCutCopyAndPasteAreTheFieldsOwnAndTheDdlPaneNeverPastesTables(FxRobot robot) {
        showShop(robot, viewModel);
        Schema before = schema();
        robot.clickOn("#card-name-orders");
        javafx.scene.control.TextField name = robot.lookup("#inspector-name").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(name);
        robot.push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.CONTROL, KeyCode.C);
        assertEquals("orders", clipboardText(robot), "the field's text, not the table");
        robot.push(KeyCode.CONTROL, KeyCode.V);
        assertEquals("orders", name.getText(), "pasted once, over the selected text");
        assertEquals(before, schema(), "no table pasted");

        putText(robot, "CREATE TABLE sneaky (id bigint);");
        robot.clickOn("#ddl-tab");
        robot.clickOn("#ddl-text");
        robot.push(KeyCode.CONTROL, KeyCode.V);
        assertEquals(before, schema(), "a paste in the read-only DDL text adds nothing to the design");
    }

    @Test
    void ctrlAThenDeleteAsksOnceListingTheKeysThatGoAndOneUndoBringsAllBack(FxRobot robot) {
        DiagramCanvasView canvas = showShop(robot, viewModel);
        Schema before = schema();

        // Two tables that others refer to: the question names the keys that go with them; Cancel keeps all.
        pick(robot, "customers", "notes");
        robot.type(KeyCode.DELETE);
        DialogPane question = robot.lookup("#delete-table-dialog").queryAs(DialogPane.class);
        assertEquals("Delete 2 tables?", question.getHeaderText());
        assertTrue(question.getContentText().contains("orders.orders_customer_id_fkey"), question.getContentText());
        robot.clickOn(question.lookupButton(ButtonType.CANCEL));
        assertEquals(before, schema());

        robot.clickOn(screen(canvas, 260, 160));
        robot.push(KeyCode.CONTROL, KeyCode.A);
        assertEquals(Set.of(CUSTOMERS, ORDERS, ITEMS, NOTES), viewModel.diagram().selection().cards());
        robot.type(KeyCode.DELETE);
        question = robot.lookup("#delete-table-dialog").queryAs(DialogPane.class);
        assertEquals("Delete 4 tables?", question.getHeaderText());
        assertTrue(question.getContentText().contains("No other table refers to them."), question.getContentText());
        robot.clickOn(question.lookupButton(ButtonType.OK));

        assertEquals(List.of(), schema().tables());
        assertEquals("Undo Delete 4 tables", viewModel.editor().undoTextProperty().get());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, schema(), "one undo brings all four back, keys included");
    }
}

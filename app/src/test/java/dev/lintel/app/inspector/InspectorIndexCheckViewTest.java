package dev.lintel.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowView;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import dev.lintel.app.testing.MainWindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The inspector's index and constraint rows in the real main window (headless): a partial index
 * and a CHECK typed into the add rows, a bad expression refused at its field, both undone from
 * the Edit menu back to the imported schema; and the type field's suggestion popup.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorIndexCheckViewTest {
    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");

    private MainWindowViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new MainWindowViewModel(new CurrentThreadTaskExecutor(), DdlImportService.usingModelImporter(),
                new ImmediateDelayScheduler());
        MainWindowView view = MainWindowFixture.show(stage, viewModel, 1200, 760).view();
    }

    @Test
    void addAPartialIndexAndACheckThenUndoBoth(FxRobot robot) {
        robot.interact(() -> {
            viewModel.importDdlText("CREATE TABLE orders (id bigint PRIMARY KEY, status text, total numeric);");
            viewModel.select("table:public.orders");
        });
        Schema original = schema();

        type(robot, "#new-index-keys", "status");
        type(robot, "#new-index-where", "total > ");
        Label whereMessage = robot.lookup("#new-index-where-message").queryAs(Label.class);
        assertTrue(whereMessage.isVisible(), "the bad predicate is reported as it is typed");
        assertEquals("The expression ends after '>': an operand must follow it", whereMessage.getText());
        press(robot, "#add-index-button");
        assertEquals(original, schema(), "no edit while the predicate is invalid");
        assertEquals("The expression ends after '>': an operand must follow it",
                robot.lookup("#add-index-message").queryAs(Label.class).getText());

        type(robot, "#new-index-where", "0");
        assertFalse(whereMessage.isVisible());
        press(robot, "#add-index-button");
        Index index = orders().indexes().get(0);
        assertEquals(List.of("status"), index.leadingColumns());
        assertEquals("total > 0", index.where());
        assertEquals("status", robot.lookup("#index-keys-0").queryAs(TextField.class).getText(), "the inspector lists it");
        assertEquals("total > 0", robot.lookup("#index-where-0").queryAs(TextField.class).getText());
        Schema withIndex = schema();

        type(robot, "#new-check-expression", "total >= 0");
        press(robot, "#add-check-button");
        assertEquals(List.of(CheckConstraint.of("orders_total_check", "total >= 0")), orders().checks());
        assertEquals("Undo Add check orders_total_check", undoItem(robot).getText());

        robot.interact(() -> undoItem(robot).fire());
        assertEquals(withIndex, schema());
        assertEquals("Undo Add index orders_status_idx", undoItem(robot).getText());
        robot.interact(() -> undoItem(robot).fire());
        assertEquals(original, schema());
        assertTrue(robot.lookup("#index-keys-0").tryQuery().isEmpty(), "the index is gone from the inspector");
    }

    @Test
    void anEditThatLeavesConstraintsAndIndexesAloneKeepsTheirEditorsAndWhatIsTypedInThem(FxRobot robot) {
        robot.interact(() -> {
            viewModel.importDdlText("CREATE TABLE orders (id bigint PRIMARY KEY, status text, total numeric);"
                    + " CREATE INDEX orders_status_idx ON orders (status);");
            viewModel.select("table:public.orders");
        });
        TextField indexKeys = robot.lookup("#index-keys-0").queryAs(TextField.class);
        Node viewport = robot.lookup("#inspector-scroll").queryAs(javafx.scene.control.ScrollPane.class).lookup(".viewport");
        assertFalse(viewport.isCache(), "a key typed in a field redraws that field, not a cached picture of every field");
        type(robot, "#new-check-expression", "total >= ");

        type(robot, "#col-comment-1", "what the order is waiting for");
        robot.interact(() -> robot.lookup("#col-comment-1").queryAs(TextField.class).fireEvent(new javafx.event.ActionEvent()));
        assertEquals("what the order is waiting for", orders().column("status").orElseThrow().comment(), "the comment is one edit");
        assertTrue(indexKeys == robot.lookup("#index-keys-0").queryAs(TextField.class),
                "the index editor is the one built before: the edit changed no index");
        assertEquals("total >= ", robot.lookup("#new-check-expression").queryAs(TextField.class).getText(),
                "a half-typed constraint survives an edit elsewhere");

        type(robot, "#new-index-keys", "total");
        press(robot, "#add-index-button");
        assertEquals("total", robot.lookup("#index-keys-1").queryAs(TextField.class).getText(), "a new index is listed");
        assertEquals("", robot.lookup("#new-check-expression").queryAs(TextField.class).getText(),
                "an edit of the indexes builds the editors again, empty");
    }

    @Test
    void theTypeFieldSuggestsTypesWhileTyping(FxRobot robot) {
        robot.interact(() -> {
            viewModel.importDdlText("CREATE TYPE mood AS ENUM ('happy'); CREATE TABLE people (id bigint PRIMARY KEY);");
            viewModel.select("table:public.people");
        });
        type(robot, "#new-column-type", "mo");
        ContextMenu popup = suggestions(robot);
        assertEquals(List.of("mood"), popup.getItems().stream()
                .map(i -> ((Label) ((javafx.scene.control.CustomMenuItem) i).getContent()).getText()).toList(),
                "the schema's enum; no common type starts with mo");
        robot.write("o");
        assertEquals("moo", robot.lookup("#new-column-type").queryAs(TextField.class).getText(), "typing goes on into the field");
        MenuItem mood = suggestions(robot).getItems().get(0);
        robot.interact(mood::fire);
        assertEquals("mood", robot.lookup("#new-column-type").queryAs(TextField.class).getText());
    }

    private static ContextMenu suggestions(FxRobot robot) {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing()
                && "new-column-type-suggestions".equals(((ContextMenu) w).getId())).map(w -> (ContextMenu) w)
                .findFirst().orElseThrow(() -> new AssertionError("no suggestion popup"));
    }

    // The add rows may be below the scroll pane's fold: focus the field, then type with real key events.
    private static void type(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.end();
        });
        robot.write(text);
    }

    private static void press(FxRobot robot, String query) {
        Node button = robot.lookup(query).query();
        robot.interact(((Button) button)::fire);
    }

    private Schema schema() {
        return viewModel.schemaProperty().get();
    }

    private Table orders() {
        return schema().table(ORDERS).orElseThrow();
    }

    private static MenuItem undoItem(FxRobot robot) {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> "menu-edit".equals(m.getId())).findFirst().orElseThrow()
                .getItems().stream().filter(i -> "menu-undo".equals(i.getId())).findFirst().orElseThrow();
    }
}

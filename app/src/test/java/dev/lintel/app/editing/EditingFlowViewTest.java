package dev.lintel.app.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.findings.FindingRow;
import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowView;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import dev.lintel.app.testing.MainWindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The editing flow in the real main window (headless; real importer and linter on the same-thread
 * executor): from an empty document, a table with three columns and a primary key made through
 * the toolbar and the inspector, a quick fix, then every step undone and redone with the keyboard,
 * checking the schema and the Edit menu's labels at each step.
 */
@ExtendWith(ApplicationExtension.class)
class EditingFlowViewTest {
    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");

    private MainWindowViewModel viewModel;
    private MainWindowView view;

    @Start
    void start(Stage stage) {
        viewModel = new MainWindowViewModel(new CurrentThreadTaskExecutor(), DdlImportService.usingModelImporter(),
                new ImmediateDelayScheduler());
        view = MainWindowFixture.show(stage, viewModel, 1200, 760).view();
    }

    @Test
    void buildATableFixItThenUndoAndRedoEveryStep(FxRobot robot) {
        robot.interact(() -> viewModel.showSchema(Schema.empty(), "Untitled"));
        List<Schema> states = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        states.add(schema());
        assertTrue(undoItem(robot).isDisable(), "nothing to undo in a fresh document");
        assertEquals("Undo", undoItem(robot).getText());

        robot.clickOn("#new-table-button");
        record(states, labels, "Add table new_table");
        assertEquals("table:public.new_table", viewModel.selectedObjectProperty().get());
        assertTrue(robot.lookup("#inspector-name").queryAs(TextField.class).isFocused(), "ready to type the name");

        robot.write("orders").type(KeyCode.ENTER);
        record(states, labels, "Rename table new_table to orders");
        assertEquals("table:public.orders", viewModel.selectedObjectProperty().get(), "the selection follows the rename");

        robot.clickOn("#new-column-name").write("id").type(KeyCode.ENTER).write("bigint").type(KeyCode.ENTER);
        record(states, labels, "Add column id");
        // After adding, the focus is back in the add row: the next column is typed straight away.
        robot.write("user_id").type(KeyCode.TAB).write("bigint").type(KeyCode.ENTER);
        record(states, labels, "Add column user_id");
        robot.write("created_at").type(KeyCode.ENTER).write("timestamp").type(KeyCode.ENTER);
        record(states, labels, "Add column created_at");
        assertEquals(List.of("id", "user_id", "created_at"), orders().columns().stream().map(Column::name).toList());

        robot.clickOn("#col-pk-0");
        record(states, labels, "Add primary key (id)");
        assertEquals(List.of("id"), orders().primaryKey().columns());

        TableView<FindingRow> findings = robot.lookup("#findings-table").queryAs(TableView.class);
        FindingRow timestamp = findings.getItems().stream()
                .filter(r -> r.ruleId().equals("design-prefer-timestamptz")).findFirst().orElseThrow();
        robot.interact(() -> findings.getSelectionModel().select(timestamp));
        robot.clickOn("#apply-fix-button");
        record(states, labels, timestamp.fixes().get(0));
        assertEquals("timestamptz", orders().column("created_at").orElseThrow().type().name());
        assertTrue(findings.getItems().stream().noneMatch(r -> r.ruleId().equals("design-prefer-timestamptz")),
                "the fixed finding is gone after the re-lint");

        // Undo everything, one gesture at a time, with Ctrl+Z.
        for (int i = states.size() - 1; i > 0; i--) {
            assertEquals("Undo " + labels.get(i - 1), undoItem(robot).getText());
            robot.push(KeyCode.CONTROL, KeyCode.Z);
            assertEquals(states.get(i - 1), schema(), "after undoing " + labels.get(i - 1));
            assertEquals("Redo " + labels.get(i - 1), redoItem(robot).getText());
        }
        assertTrue(undoItem(robot).isDisable());
        assertEquals("Undo", undoItem(robot).getText());

        // Redo everything: Ctrl+Shift+Z, and Ctrl+Y for the last step.
        for (int i = 1; i < states.size(); i++) {
            assertEquals("Redo " + labels.get(i - 1), redoItem(robot).getText());
            if (i == states.size() - 1) {
                robot.push(KeyCode.CONTROL, KeyCode.Y);
            } else {
                robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
            }
            assertEquals(states.get(i), schema(), "after redoing " + labels.get(i - 1));
        }
        assertTrue(redoItem(robot).isDisable());
        assertEquals("Undo " + timestamp.fixes().get(0), undoItem(robot).getText());
    }

    @Test
    void anInvalidNameIsShownAtTheFieldAndNotApplied(FxRobot robot) {
        robot.interact(() -> viewModel.showSchema(Schema.empty(), "Untitled"));
        robot.clickOn("#new-table-button");
        Schema before = schema();
        robot.write("my orders").type(KeyCode.ENTER);
        assertEquals(before, schema());
        Label message = robot.lookup("#inspector-name-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals("Use letters, digits and _ only, starting with a letter or _", message.getText());

        robot.clickOn("#new-column-name").write("id").type(KeyCode.ENTER).write("varchar(").type(KeyCode.ENTER);
        assertEquals(List.of(), schema().tables().get(0).columns());
        assertTrue(robot.lookup("#new-column-type-message").queryAs(Label.class).getText().startsWith("Expected"));
    }

    private void record(List<Schema> states, List<String> labels, String label) {
        assertEquals("Undo " + label, viewModel.editor().undoTextProperty().get());
        assertTrue(!states.get(states.size() - 1).equals(schema()), label + " changed the schema");
        states.add(schema());
        labels.add(label);
    }

    private Schema schema() {
        return viewModel.schemaProperty().get();
    }

    private Table orders() {
        return schema().table(ORDERS).orElseThrow();
    }

    private MenuItem undoItem(FxRobot robot) {
        return editItem(robot, "menu-undo");
    }

    private MenuItem redoItem(FxRobot robot) {
        return editItem(robot, "menu-redo");
    }

    private static MenuItem editItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> "menu-edit".equals(m.getId())).findFirst().orElseThrow()
                .getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}

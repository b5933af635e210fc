package dev.lintel.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import dev.lintel.app.canvas.TableCardView;
import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.importing.DiagnosticRow;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.app.theme.ThemeManager;
import dev.lintel.model.ddl.parse.DdlImportResult;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import dev.lintel.app.canvas.DiagramCanvasView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** The real main window, headless (Monocle), driven with a same-thread executor. */
@ExtendWith(ApplicationExtension.class)
class MainWindowViewTest {
    private MainWindowViewModel viewModel;

    @Start
    void start(Stage stage) {
        DdlImportService notYetBuilt = new DdlImportService() {
            @Override
            public DdlImportResult importText(String sql, String fileName) {
                throw new UnsupportedOperationException("DDL import is being built");
            }

            @Override
            public DdlImportResult importFile(Path file) {
                throw new UnsupportedOperationException("DDL import is being built");
            }
        };
        viewModel = new MainWindowViewModel(new CurrentThreadTaskExecutor(), notYetBuilt, new ImmediateDelayScheduler());
        ThemeManager theme = new ThemeManager();
        // Smaller than Monocle's default 1280x800 headless screen: a larger window overflows its framebuffer.
        Scene scene = new Scene(new MainWindowView(viewModel, theme), 1200, 760);
        theme.install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.windowTitle());
        stage.show();
    }

    @Test
    void showsTheTablesOfASchemaInTheOutlineAndAsCards(FxRobot robot) {
        robot.interact(() -> viewModel.showSchema(TestSchemas.shop(), "shop"));

        TreeView<OutlineNode> tree = robot.lookup("#outline-tree").queryAs(TreeView.class);
        TreeItem<OutlineNode> tables = tree.getRoot().getChildren().get(0).getChildren().get(0);
        assertEquals(List.of("order_items", "orders", "users"),
                tables.getChildren().stream().map(i -> i.getValue().label()).toList());

        DiagramCanvasView canvas = robot.lookup("#diagram-canvas").queryAs(DiagramCanvasView.class);
        // The view (open_orders) and the enum type (order_status) have cards of their own.
        assertEquals(List.of("open_orders", "order_items", "order_status", "orders", "users"),
                canvas.cardNodes().stream().map(n -> n.card().name()).sorted().toList());
        verifyThat("#status-counts", LabeledMatchers.hasText("3 tables \u00b7 10 columns \u00b7 2 foreign keys"));
        assertEquals("shop \u2014 Lintel", ((Stage) tree.getScene().getWindow()).getTitle());
    }

    @Test
    void clickingACardFillsTheInspectorAndSelectsTheOutlineEntry(FxRobot robot) {
        robot.interact(() -> viewModel.showSchema(TestSchemas.shop(), "shop"));

        robot.clickOn("#card-orders");

        verifyThat("#inspector-title", LabeledMatchers.hasText("public.orders"));
        GridPane columns = robot.lookup("#inspector-columns").queryAs(GridPane.class);
        // The grid edits: one name field per column (col-name-0 ... col-name-3), then the add-column row.
        assertEquals(4, columns.getChildren().stream().filter(n -> n.getId() != null && n.getId().matches("col-name-\\d+")).count(),
                "four columns");
        VBox constraints = robot.lookup("#inspector-constraints").queryAs(VBox.class);
        assertEquals(3, constraints.getChildren().size(), "PK, FK and CHECK");
        VBox indexes = robot.lookup("#inspector-indexes").queryAs(VBox.class);
        assertEquals(1, indexes.getChildren().size());
        TreeView<OutlineNode> tree = robot.lookup("#outline-tree").queryAs(TreeView.class);
        assertEquals("orders", tree.getSelectionModel().getSelectedItem().getValue().label());
    }

    @Test
    void selectingATableInTheOutlineFillsTheInspector(FxRobot robot) {
        robot.interact(() -> viewModel.showSchema(TestSchemas.shop(), "shop"));

        robot.clickOn(robot.lookup(".tree-cell").match(LabeledMatchers.hasText("users")).queryAs(Node.class));

        verifyThat("#inspector-title", LabeledMatchers.hasText("public.users"));
        assertEquals("table:public.users", viewModel.selectedObjectProperty().get());
    }

    @Test
    void aFailedImportShowsAnExplainedEmptyStateAndTheDiagnostic(FxRobot robot) {
        robot.interact(viewModel::loadSample);

        verifyThat("#empty-state-title", LabeledMatchers.hasText("Could not import sample.sql"));
        assertTrue(robot.lookup("#diagram-empty-state").query().isVisible());
        ListView<DiagnosticRow> diagnostics = robot.lookup("#diagnostics-list").queryAs(ListView.class);
        assertEquals(1, diagnostics.getItems().size());
        assertTrue(diagnostics.isVisible(), "the Diagnostics tab is brought forward");
        verifyThat("#status-text", LabeledMatchers.hasText("Could not import sample.sql: DDL import is being built"));

        robot.interact(() -> viewModel.showSchema(TestSchemas.shop(), "shop"));
        assertFalse(robot.lookup("#diagram-empty-state").query().isVisible(), "a schema replaces the empty state");
    }

    @Test
    void theOutlineFilterNarrowsTheTree(FxRobot robot) {
        robot.interact(() -> viewModel.showSchema(TestSchemas.shop(), "shop"));

        robot.clickOn("#outline-filter").write("user");

        TreeView<OutlineNode> tree = robot.lookup("#outline-tree").queryAs(TreeView.class);
        TreeItem<OutlineNode> tables = tree.getRoot().getChildren().get(0).getChildren().get(0);
        assertEquals(List.of("users"), tables.getChildren().stream().map(i -> i.getValue().label()).toList());
        assertEquals(1, tree.getRoot().getChildren().get(0).getChildren().size(), "views and types without a match are hidden");
    }
}

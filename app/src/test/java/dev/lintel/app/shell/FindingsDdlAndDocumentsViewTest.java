package dev.lintel.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import dev.lintel.app.canvas.DiagramCanvasView;
import dev.lintel.app.canvas.TableCardView;
import dev.lintel.model.layout.Rect;
import dev.lintel.app.ddl.DdlDialectChoice;
import dev.lintel.app.findings.FindingRow;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.app.theme.ThemeManager;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window with the real importer, linter and renderer, headless, on the same-thread executor
 * with an immediate scheduler: lint and DDL are done when the triggering action returns.
 */
@ExtendWith(ApplicationExtension.class)
class FindingsDdlAndDocumentsViewTest {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private MainWindowViewModel viewModel;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        viewModel = new MainWindowViewModel(new CurrentThreadTaskExecutor(), FlawedDesign.importer(), new ImmediateDelayScheduler());
        ThemeManager theme = new ThemeManager();
        Scene scene = new Scene(new MainWindowView(viewModel, theme), 1200, 760);
        theme.install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.windowTitle());
        stage.show();
    }

    private static TableView<FindingRow> findingsTable(FxRobot robot) {
        return robot.lookup("#findings-table").queryAs(TableView.class);
    }

    private static TableCardView card(FxRobot robot, String table) {
        return robot.lookup("#card-" + table).queryAs(TableCardView.class);
    }

    @Test
    void theFindingsTabListsTheLintOfTheLoadedSchemaWithCounts(FxRobot robot) {
        robot.interact(viewModel::loadSample);

        List<String> ruleIds = findingsTable(robot).getItems().stream().map(FindingRow::ruleId).toList();
        assertTrue(ruleIds.containsAll(List.of("design-table-without-pk", "design-fk-without-index",
                "design-prefer-timestamptz")), ruleIds.toString());
        Label errors = robot.lookup("#status-findings .count-errors").queryAs(Label.class);
        assertEquals(String.valueOf(viewModel.findings().errorCountProperty().get()), errors.getText());
        assertTrue(Integer.parseInt(errors.getText()) >= 1);
        Label tabWarnings = robot.lookup("#findings-tab-counts .count-warnings").queryAs(Label.class);
        assertEquals(String.valueOf(viewModel.findings().warningCountProperty().get()), tabWarnings.getText());
    }

    @Test
    void clickingAFindingSelectsItsTableEverywhereAndShowsItsRuleDoc(FxRobot robot) {
        robot.interact(viewModel::loadSample);

        robot.clickOn(robot.lookup(".table-cell").match(LabeledMatchers.hasText("design-fk-without-index")).queryAs(Node.class));

        verifyThat("#inspector-title", LabeledMatchers.hasText("public.orders"));
        TreeView<OutlineNode> tree = robot.lookup("#outline-tree").queryAs(TreeView.class);
        assertEquals("orders", tree.getSelectionModel().getSelectedItem().getValue().label());
        assertTrue(card(robot, "orders").getPseudoClassStates().contains(SELECTED));
        Label docTitle = robot.lookup("#rule-doc-title").queryAs(Label.class);
        assertTrue(docTitle.getText().startsWith("design-fk-without-index"), docTitle.getText());
    }

    @Test
    void cardsCarryASeverityBadgeAndMarkTheAffectedColumns(FxRobot robot) {
        robot.interact(viewModel::loadSample);

        assertNotNull(card(robot, "audit_log").badgeText());
        assertTrue(card(robot, "customers").markedColumns().contains("created_at"), card(robot, "customers").markedColumns().toString());
        assertFalse(card(robot, "orders").markedColumns().contains("total"));
    }

    @Test
    void selectingAFindingScrollsTheDiagramToItsCard(FxRobot robot) {
        List<Table> tables = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            tables.add(Table.builder(QualifiedName.of("public", String.format("t%02d", i)))
                    .addColumn(Column.of("id", DataType.of("bigint")).withNullable(false))
                    .primaryKey(PrimaryKey.of(String.format("t%02d_pkey", i), "id")).build());
        }
        tables.add(Table.builder(QualifiedName.of("public", "zz_no_key"))
                .addColumn(Column.of("note", DataType.of("text")).withNullable(false)).build());
        robot.interact(() -> viewModel.showSchema(Schema.ofTables(tables).normalize(), "many"));
        DiagramCanvasView canvas = robot.lookup("#diagram-canvas").queryAs(DiagramCanvasView.class);
        robot.interact(canvas::zoomToActualSize);
        Rect target = canvas.shownLayout().nodes().get("table:public.zz_no_key");
        assertFalse(canvas.visibleArea().contains(target), "off screen at first: " + target + " " + canvas.visibleArea());

        robot.clickOn(robot.lookup(".table-cell").match(LabeledMatchers.hasText("design-table-without-pk")).queryAs(Node.class));

        assertEquals("table:public.zz_no_key", viewModel.selectedObjectProperty().get());
        assertTrue(canvas.visibleArea().contains(target), "centred on its card: " + target + " " + canvas.visibleArea());
        assertTrue(card(robot, "zz_no_key").getPseudoClassStates().contains(SELECTED));
    }

    @Test
    void theDdlTabShowsTheSelectionAndFollowsTheDialectPicker(FxRobot robot) {
        robot.interact(viewModel::loadSample);
        TabPane tabs = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));

        robot.clickOn("#card-orders");

        CodeArea code = robot.lookup("#ddl-text").queryAs(CodeArea.class);
        assertTrue(code.getText().contains("CREATE TABLE public.orders"), code.getText());
        assertFalse(code.isEditable());
        String postgres = code.getText();

        robot.clickOn("#ddl-dialect").clickOn("MySQL");

        assertEquals(DdlDialectChoice.MYSQL, viewModel.ddl().dialectProperty().get());
        assertTrue(code.getText().contains("CREATE TABLE"), code.getText());
        assertFalse(postgres.equals(code.getText()), "MySQL DDL differs from PostgreSQL DDL");

        robot.clickOn("#ddl-scope-schema");
        assertTrue(code.getText().contains("customers") && code.getText().contains("audit_log"), code.getText());
    }

    @Test
    void anEditOfTheTableShownReplacesOnlyItsChangedLinesInTheDdlPane(FxRobot robot) {
        robot.interact(viewModel::loadSample);
        TabPane tabs = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.interact(() -> viewModel.select("table:public.orders"));
        CodeArea code = robot.lookup("#ddl-text").queryAs(CodeArea.class);
        Object firstLine = code.getParagraphs().get(0);
        String column = viewModel.schemaProperty().get().table(QualifiedName.of("public", "orders")).orElseThrow()
                .columns().get(0).name();

        robot.interact(() -> viewModel.inspector().editing().setColumnComment(column, "kept by the patch"));

        String sql = viewModel.ddl().renderedProperty().get().sql();
        assertTrue(sql.contains("'kept by the patch'"), sql);
        assertEquals(sql, code.getText(), "the pane shows the new DDL");
        assertSame(firstLine, code.getParagraphs().get(0), "an unchanged line is not replaced");
        int quote = sql.indexOf("'kept by the patch'");
        assertEquals(List.of("string"), List.copyOf(code.getStyleOfChar(quote + 1)), "the new comment is coloured");
        assertEquals(List.of("keyword"), List.copyOf(code.getStyleOfChar(sql.indexOf("CREATE") + 1)), "the kept lines keep theirs");
    }

    @Test
    void openingAGarbageDocumentShowsADialogAndKeepsTheSchema(FxRobot robot) throws IOException {
        robot.interact(viewModel::loadSample);
        Schema before = viewModel.schemaProperty().get();
        Path garbage = dir.resolve("garbage.lintel");
        Files.writeString(garbage, "{ not a document");

        robot.interact(() -> viewModel.openFile(garbage));

        DialogPane dialog = robot.lookup("#problem-dialog").queryAs(DialogPane.class);
        assertNotNull(dialog);
        assertEquals("Could not open garbage.lintel", dialog.getHeaderText());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, viewModel.schemaProperty().get());
        assertNotNull(robot.lookup("#card-orders").tryQuery().orElse(null), "the diagram still shows the schema");
        assertNull(viewModel.documentPathProperty().get());
    }

    @Test
    void cardsAreSizedToTheirContentAndFillTheWidthInColumns(FxRobot robot) {
        Table wide = Table.builder(QualifiedName.of("public", "payment_provider_settlements"))
                .addColumn(Column.of("id", DataType.of("bigint")).withNullable(false))
                .addColumn(Column.of("provider_reference", DataType.of("numeric", "12", "2")))
                .addColumn(Column.of("settled_at", DataType.of("timestamp with time zone")))
                .primaryKey(PrimaryKey.of("pps_pkey", "id")).build();
        List<Table> tables = new ArrayList<>(TestSchemas.shop().tables());
        tables.add(wide);
        robot.interact(() -> viewModel.showSchema(Schema.ofTables(tables).normalize(), "wide"));

        TableCardView card = card(robot, "payment_provider_settlements");
        for (Node n : card.lookupAll(".label")) {
            if (n instanceof Label label && label.getText() != null && !label.getText().isEmpty()) {
                assertTrue(label.getWidth() + 0.5 >= label.prefWidth(-1),
                        "label '" + label.getText() + "' is cut: " + label.getWidth() + " < " + label.prefWidth(-1));
            }
        }
        assertTrue(card.getWidth() > 270, "wider than the old fixed width: " + card.getWidth());
        List<Node> cards = new ArrayList<>(robot.lookup(".table-card").queryAll());
        for (int i = 0; i < cards.size(); i++) {
            for (int j = i + 1; j < cards.size(); j++) {
                assertFalse(cards.get(i).getBoundsInParent().intersects(cards.get(j).getBoundsInParent()),
                        "cards do not overlap: " + cards.get(i).getId() + " " + cards.get(j).getId());
            }
        }
    }
}

package dev.lintel.app.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.canvas.TableCardView;
import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowView;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.app.theme.ThemeManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * Baseline and migration in the real window (headless, real diff and planner on the same-thread
 * executor): mark a baseline, edit, see the change listed and on the cards, generate the migration,
 * acknowledge its destructive step and export Flyway files.
 */
@ExtendWith(ApplicationExtension.class)
class BaselineViewTest {
    @TempDir
    Path exportDir;

    private MainWindowViewModel viewModel;
    private MainWindowView view;
    private ThemeManager theme;

    @Start
    void start(Stage stage) {
        viewModel = new MainWindowViewModel(new CurrentThreadTaskExecutor(), DdlImportService.usingModelImporter(),
                new ImmediateDelayScheduler());
        theme = new ThemeManager();
        view = new MainWindowView(viewModel, theme);
        Scene scene = new Scene(view, 1200, 760);
        theme.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    private TableCardView card(String name) {
        return view.diagramView().canvas().cardNodes().stream().filter(c -> c.card().name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no card " + name));
    }

    private static Paint headerFill(TableCardView card) {
        Region header = (Region) card.lookup(".table-card-header");
        return header.getBackground().getFills().get(0).getFill();
    }

    @Test
    void markEditSeeTheChangesThenExportTheAcknowledgedMigration(FxRobot robot) throws IOException {
        robot.interact(() -> viewModel.showSchema(BaselineSchemas.before(), "shop.sql"));
        robot.clickOn("Schema").clickOn("Mark as Baseline");

        TabPane tabs = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
        assertEquals("changes-tab", tabs.getSelectionModel().getSelectedItem().getId(), "marking shows the Changes tab");
        assertEquals("No changes since the baseline (marked in this document)",
                robot.lookup("#changes-summary").queryAs(Label.class).getText());
        Paint plainHeader = headerFill(card("customer"));

        robot.interact(() -> viewModel.applyEdit(BaselineSchemas.parse(BaselineSchemas.EDITED_SQL)));

        // The Changes tab lists every difference; a click selects the object on the canvas.
        TableView<ChangeRow> table = robot.lookup("#changes-table").queryAs(TableView.class);
        List<String> rows = table.getItems().stream().map(ChangeRow::toString).toList();
        assertTrue(rows.contains("added public.customer.email: column added: text"), rows.toString());
        assertTrue(rows.contains("added public.invoice: table added (2 columns)"), rows.toString());
        assertTrue(rows.contains("removed public.legacy: table removed (1 column)"), rows.toString());
        assertEquals("Changes (" + viewModel.baseline().changes().countProperty().get() + ")",
                tabs.getSelectionModel().getSelectedItem().getText());
        assertTrue(robot.lookup("#changes-summary").queryAs(Label.class).getText()
                .startsWith(viewModel.baseline().changes().countProperty().get() + " changes since the baseline"));
        Node invoiceCell = robot.lookup("#changes-table .table-cell").match(LabeledMatchers.hasText("public.invoice")).query();
        robot.clickOn(invoiceCell);
        assertEquals("table:public.invoice", viewModel.selectedObjectProperty().get());

        // The cards: new green, modified amber with the new column marked, untouched plain.
        assertEquals("added", card("invoice").changeMark());
        assertEquals("modified", card("customer").changeMark());
        assertEquals(Map.of("email", "added"), card("customer").changedColumns());
        assertNull(card("orders").changeMark());
        assertEquals(plainHeader, headerFill(card("orders")));
        assertNotEquals(plainHeader, headerFill(card("invoice")), "a new table's header is tinted");
        assertNotEquals(plainHeader, headerFill(card("customer")), "a modified table's header is tinted");
        assertNotEquals(headerFill(card("invoice")), headerFill(card("customer")), "added and modified look different");

        // Dark theme: still tinted, still told apart.
        robot.interact(() -> theme.darkProperty().set(true));
        Paint darkPlain = headerFill(card("orders"));
        assertNotEquals(plainHeader, darkPlain, "the theme switched");
        assertNotEquals(darkPlain, headerFill(card("invoice")));
        assertNotEquals(darkPlain, headerFill(card("customer")));
        assertNotEquals(headerFill(card("invoice")), headerFill(card("customer")));
        robot.interact(() -> theme.darkProperty().set(false));

        // Generate Migration: export waits for the acknowledgement of the dropped table.
        view.baselineControls().setExportTargets(new ExportTargets() {
            @Override
            public Path scriptFile(Window owner) {
                return exportDir.resolve("migration.sql");
            }

            @Override
            public Path flywayFolder(Window owner) {
                return exportDir;
            }
        });
        robot.clickOn("#changes-generate-migration");
        TableView<StepRow> steps = robot.lookup("#migration-steps").queryAs(TableView.class);
        assertTrue(steps.getItems().stream().anyMatch(s -> s.kind().equals("drop-table") && s.acknowledgement().equals("destructive")),
                steps.getItems().toString());
        Button flyway = robot.lookup("#migration-export-flyway").queryAs(Button.class);
        assertTrue(flyway.isDisabled(), "a destructive step is not exported unacknowledged");
        robot.clickOn("#migration-acknowledge");
        assertFalse(flyway.isDisabled());
        robot.clickOn(flyway);

        List<String> files;
        try (Stream<Path> list = Files.list(exportDir)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertTrue(files.stream().allMatch(f -> f.matches("V\\d+__.+\\.sql(\\.conf)?")), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.startsWith("V1__expand_")), files.toString());
        StringBuilder all = new StringBuilder();
        for (String f : files) {
            all.append(Files.readString(exportDir.resolve(f)));
        }
        assertTrue(all.toString().contains("CREATE TABLE public.invoice"), all.toString());
        assertTrue(all.toString().contains("ALTER TABLE public.customer ADD COLUMN email text;"), all.toString());
        assertTrue(all.toString().contains("DROP TABLE public.legacy;"), all.toString());
        assertTrue(robot.lookup("#migration-status").queryAs(Label.class).getText().startsWith("Wrote "));

        robot.clickOn("#migration-close");
        assertTrue(robot.lookup("#migration-pane").tryQuery().isEmpty(), "the dialog closed");
    }
}

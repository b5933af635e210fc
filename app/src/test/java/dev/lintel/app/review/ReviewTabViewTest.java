package dev.lintel.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.findings.FindingRow;
import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowView;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.app.theme.ThemeManager;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.document.SignOff;
import dev.lintel.model.lint.Finding;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The review workflow in the real window, headless, with the real importer and linter on the
 * same-thread executor: waive a finding from the Findings tab, comment, sign off, change a column,
 * see the sign-off marked outdated with what changed.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewTabViewTest {
    static final String SQL = """
            CREATE TABLE users (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              email varchar(255) NOT NULL,
              name text NOT NULL
            );
            """;
    private MainWindowViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new MainWindowViewModel(new CurrentThreadTaskExecutor(), DdlImportService.usingModelImporter(),
                new ImmediateDelayScheduler());
        ThemeManager theme = new ThemeManager();
        Scene scene = new Scene(new MainWindowView(viewModel, theme), 1200, 760);
        theme.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static Schema schema() {
        return new dev.lintel.model.ddl.parse.DdlImporter().importText(SQL, "users.sql", Dialect.POSTGRES).schema();
    }

    @Test
    void waiveCommentSignOffThenAChangedColumnMarksTheSignOffOutdated(FxRobot robot) {
        robot.interact(() -> viewModel.showSchema(schema(), "users.sql"));

        // Waive the e-mail finding from the Findings tab, with a reason.
        TableView<FindingRow> findings = robot.lookup("#findings-table").queryAs(TableView.class);
        FindingRow email = findings.getItems().stream().filter(r -> r.ruleId().equals("design-email-not-unique"))
                .findFirst().orElseThrow();
        robot.interact(() -> findings.getSelectionModel().select(email));
        robot.clickOn("#waive-reason").write("unique in the identity provider");
        robot.clickOn("#waive-button");
        Finding waived = viewModel.lintResultProperty().get().findings().stream()
                .filter(f -> f.ruleId().equals("design-email-not-unique")).findFirst().orElseThrow();
        assertTrue(waived.waived(), "the live lint applies the new waiver");
        assertEquals("unique in the identity provider", waived.waiver().reason());
        assertEquals(1, viewModel.currentDocument().lint().waivers().size());
        assertTrue(viewModel.dirtyProperty().get());

        // Comment on the selected table in the Review tab.
        robot.interact(() -> {
            robot.lookup("#bottom-tabs").queryAs(TabPane.class).getSelectionModel().select(3);
            viewModel.select("table:public.users");
        });
        robot.interact(() -> viewModel.review().userProperty().set("ana"));
        robot.clickOn("#review-text").write("Should email be citext?");
        robot.clickOn("#review-add");
        ListView<CommentRow> comments = robot.lookup("#review-comments").queryAs(ListView.class);
        assertEquals(1, comments.getItems().size());
        assertEquals("table:public.users", comments.getItems().get(0).target());
        assertEquals("ana", comments.getItems().get(0).author());

        // Sign off: the banner says it is current, the record lists the open thread.
        robot.clickOn("#review-signoff");
        Label banner = robot.lookup("#review-banner").queryAs(Label.class);
        assertTrue(banner.getText().startsWith("Signed off by ana"), banner.getText());
        SignOff signOff = viewModel.currentDocument().review().latestSignOff().orElseThrow();
        assertTrue(signOff.openItems().stream().anyMatch(i -> i.contains("Should email be citext?")), signOff.openItems().toString());

        // Change a column: the sign-off is outdated and says what changed.
        robot.interact(() -> {
            Schema s = viewModel.schemaProperty().get();
            Table users = s.table(QualifiedName.of("public", "users")).orElseThrow();
            List<Column> cols = new ArrayList<>();
            users.columns().forEach(c -> cols.add(c.name().equals("name") ? c.withType(DataType.of("varchar", "100")) : c));
            viewModel.applyEdit(s.withTables(List.of(users.withColumns(cols))));
        });
        assertTrue(viewModel.review().outdatedProperty().get());
        assertTrue(banner.getText().contains("is outdated"), banner.getText());
        assertTrue(banner.getText().contains("public.users: columns changed name (type)"), banner.getText());

        // Resolve the thread: the Open filter hides it, All still lists it.
        robot.interact(() -> comments.getSelectionModel().select(0));
        robot.clickOn("#review-resolve");
        ChoiceBox<CommentFilter> filter = robot.lookup("#review-filter").queryAs(ChoiceBox.class);
        robot.interact(() -> filter.setValue(CommentFilter.OPEN));
        assertTrue(comments.getItems().isEmpty());
        robot.interact(() -> filter.setValue(CommentFilter.ALL));
        assertTrue(comments.getItems().get(0).resolved());
        robot.interact(() -> filter.setValue(CommentFilter.MINE));
        assertEquals(1, comments.getItems().size());
        robot.interact(() -> viewModel.review().userProperty().set("bo"));
        assertTrue(comments.getItems().isEmpty());
    }

    @Test
    void aWaiverNeedsAReasonAndACommentNeedsAnObject(FxRobot robot) {
        robot.interact(() -> viewModel.showSchema(schema(), "users.sql"));
        boolean[] done = new boolean[2];
        robot.interact(() -> done[0] = viewModel.review().waive("design-email-not-unique", "column:public.users.email", "  "));
        assertFalse(done[0]);
        assertTrue(viewModel.currentDocument().lint().waivers().isEmpty());
        assertEquals("A waiver needs a reason.", viewModel.review().messageProperty().get());
        robot.interact(() -> {
            viewModel.select(null);
            done[1] = viewModel.review().addComment("hello");
        });
        assertFalse(done[1]);
        assertTrue(viewModel.currentDocument().review().comments().isEmpty());
        // The Waive button stays disabled until there is a reason.
        assertTrue(robot.lookup("#waive-button").queryButton().isDisabled());
    }
}

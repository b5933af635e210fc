package dev.lintel.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.canvas.TableCardView;
import dev.lintel.app.findings.FindingRow;
import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowView;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.document.ReviewComment;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import dev.lintel.app.testing.MainWindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Comment badges on the canvas, replies and comments on findings, in the real window (headless,
 * real importer and linter on the same-thread executor).
 */
@ExtendWith(ApplicationExtension.class)
class CommentBadgesViewTest {
    private MainWindowViewModel viewModel;
    private MainWindowView view;

    @Start
    void start(Stage stage) {
        viewModel = new MainWindowViewModel(new CurrentThreadTaskExecutor(), DdlImportService.usingModelImporter(),
                new ImmediateDelayScheduler());
        view = MainWindowFixture.show(stage, viewModel, 1200, 760).view();
    }

    private TableCardView card(String name) {
        return view.diagramView().canvas().cardNodes().stream().filter(c -> c.card().name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no card " + name));
    }

    private TabPane tabs(FxRobot robot) {
        return robot.lookup("#bottom-tabs").queryAs(TabPane.class);
    }

    @Test
    void aCommentShowsOnItsCardUntilResolvedAndTheBadgeOpensTheTablesThreads(FxRobot robot) {
        robot.interact(() -> viewModel.showSchema(new dev.lintel.model.ddl.parse.DdlImporter()
                .importText(ReviewTabViewTest.SQL, "users.sql", Dialect.POSTGRES).schema(), "users.sql"));
        assertNull(card("users").commentBadgeText(), "no threads, no badge");

        // Comment on the table through the Review tab.
        robot.interact(() -> {
            tabs(robot).getSelectionModel().select(3);
            viewModel.select("table:public.users");
            viewModel.review().userProperty().set("ana");
        });
        robot.clickOn("#review-text").write("Should email be citext?\nIt is compared case-insensitively.");
        robot.clickOn("#review-add");
        assertEquals("1", card("users").commentBadgeText());
        Label badge = robot.lookup("#comments-users").queryAs(Label.class);
        assertEquals("ana: Should email be citext? \u2026", badge.getTooltip().getText(), "hover shows the first line");

        // The badge opens the Review tab filtered to its table, with the table selected.
        robot.interact(() -> {
            tabs(robot).getSelectionModel().select(0);
            viewModel.select(null);
        });
        robot.clickOn("#comments-users");
        assertEquals("table:public.users", viewModel.selectedObjectProperty().get());
        assertEquals("review-tab", tabs(robot).getSelectionModel().getSelectedItem().getId());
        assertEquals(CommentFilter.SELECTED_TABLE, viewModel.review().filterProperty().get());
        ListView<CommentRow> comments = robot.lookup("#review-comments").queryAs(ListView.class);
        assertEquals(1, comments.getItems().size());

        // Reply to the selected thread: the reply is listed under it and stored in the thread.
        robot.interact(() -> comments.getSelectionModel().select(0));
        robot.interact(() -> viewModel.review().userProperty().set("bo"));
        robot.clickOn("#review-text").write("citext needs the extension; lower() index instead");
        assertTrue(comments.getSelectionModel().getSelectedItem() != null, "the thread stays selected");
        robot.clickOn("#review-reply");
        assertEquals("", viewModel.review().messageProperty().get());
        CommentRow row = comments.getItems().get(0);
        assertEquals(List.of("bo: citext needs the extension; lower() index instead"), row.replyLines());
        assertTrue(row.toString().contains("\n    \u21b3 bo: citext needs"), row.toString());
        List<ReviewComment> replies = viewModel.currentDocument().review().replies(row.id());
        assertEquals(1, replies.size());
        assertEquals("bo", replies.get(0).author());
        assertEquals("1", card("users").commentBadgeText(), "a reply is not another open thread");

        // Resolve the thread: the badge disappears.
        robot.interact(() -> comments.getSelectionModel().select(0));
        robot.clickOn("#review-resolve");
        assertNull(card("users").commentBadgeText());
        assertTrue(!badge.isVisible());
    }

    @Test
    void aCommentOnAFindingShowsInTheReviewTabAndOnTheCard(FxRobot robot) {
        robot.interact(() -> viewModel.showSchema(new dev.lintel.model.ddl.parse.DdlImporter()
                .importText(ReviewTabViewTest.SQL, "users.sql", Dialect.POSTGRES).schema(), "users.sql"));
        robot.interact(() -> viewModel.review().userProperty().set("ana"));
        TableView<FindingRow> findings = robot.lookup("#findings-table").queryAs(TableView.class);
        FindingRow email = findings.getItems().stream().filter(r -> r.ruleId().equals("design-email-not-unique"))
                .findFirst().orElseThrow();
        robot.interact(() -> findings.getSelectionModel().select(email));
        robot.clickOn("#finding-comment-button");
        robot.clickOn("#finding-comment-text").write("Unique in the identity provider, not here");
        robot.type(KeyCode.ENTER);

        robot.interact(() -> tabs(robot).getSelectionModel().select(3));
        ListView<CommentRow> comments = robot.lookup("#review-comments").queryAs(ListView.class);
        assertEquals(1, comments.getItems().size());
        CommentRow row = comments.getItems().get(0);
        assertEquals("finding:design-email-not-unique@column:public.users.email", row.target());
        assertEquals("Unique in the identity provider, not here", row.text());
        assertTrue(row.toString().startsWith("design-email-not-unique on "), row.toString());
        assertEquals("1", card("users").commentBadgeText(), "a thread on a finding counts on its table's card");
    }
}

package dev.lintel.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowView;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.app.theme.ThemeManager;
import dev.lintel.model.dialect.Dialect;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Presentation mode steps through open findings and comments with the keyboard, selecting each one's object. */
@ExtendWith(ApplicationExtension.class)
class PresentationModeViewTest {
    static final String SQL = """
            CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email varchar(255) NOT NULL);
            CREATE TABLE audit (at timestamptz NOT NULL, what text NOT NULL);
            """;
    private MainWindowViewModel viewModel;
    private Stage window;

    @Start
    void start(Stage stage) {
        window = stage;
        viewModel = new MainWindowViewModel(new CurrentThreadTaskExecutor(), DdlImportService.usingModelImporter(),
                new ImmediateDelayScheduler());
        ThemeManager theme = new ThemeManager();
        Scene scene = new Scene(new MainWindowView(viewModel, theme), 1200, 760);
        theme.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void arrowKeysStepThroughOpenFindingsThenCommentsSelectingEachObject(FxRobot robot) {
        robot.interact(() -> {
            viewModel.showSchema(new dev.lintel.model.ddl.parse.DdlImporter().importText(SQL, "s.sql", Dialect.POSTGRES).schema(), "s.sql");
            viewModel.select("table:public.users");
        });
        robot.interact(() -> viewModel.review().addComment("Why is audit kept forever?"));
        List<String> expected = new java.util.ArrayList<>();
        viewModel.lintResultProperty().get().active().stream()
                .sorted(java.util.Comparator.comparing(dev.lintel.model.lint.Finding::severity).thenComparing(f -> f.object().toString()))
                .forEach(f -> expected.add(f.object().ownerPath().toString()));
        expected.add("table:public.users");
        assertTrue(expected.size() >= 3, expected.toString());

        robot.interact(() -> {
            viewModel.select(null);
            PresentationView.show(window, viewModel.startPresentation());
        });
        Label heading = robot.lookup("#presentation-heading").queryAs(Label.class);
        Label position = robot.lookup("#presentation-position").queryAs(Label.class);
        assertEquals("1 / " + expected.size(), position.getText());
        assertEquals(expected.get(0), viewModel.selectedObjectProperty().get());
        assertTrue(heading.getText().startsWith("error: public.audit"), heading.getText());
        for (int i = 1; i < expected.size(); i++) {
            robot.type(KeyCode.RIGHT);
            assertEquals((i + 1) + " / " + expected.size(), position.getText());
            assertEquals(expected.get(i), viewModel.selectedObjectProperty().get(), "step " + (i + 1));
        }
        assertTrue(heading.getText().startsWith("Comment on public.users"), heading.getText());
        robot.type(KeyCode.RIGHT); // past the end: stays on the last item
        assertEquals(expected.size() + " / " + expected.size(), position.getText());
        robot.type(KeyCode.LEFT);
        assertEquals((expected.size() - 1) + " / " + expected.size(), position.getText());
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#presentation-view").tryQuery().isEmpty(), "Escape closes the presentation");
    }
}

package dev.lintel.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.app.theme.ThemeManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the window does at start: its icons, the deferred DDL pane and search field, and a file given on the command line. */
@ExtendWith(ApplicationExtension.class)
class StartUpTest {
    @TempDir
    Path dir;
    private MainWindowView view;

    @Start
    void start(Stage stage) {
        MainWindowViewModel viewModel = new MainWindowViewModel(new CurrentThreadTaskExecutor(),
                DdlImportService.usingModelImporter(), new ImmediateDelayScheduler());
        ThemeManager theme = new ThemeManager();
        view = new MainWindowView(viewModel, theme);
        Scene scene = new Scene(view, 1200, 760);
        theme.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theWindowIconsLoadInEverySize() {
        List<Image> icons = WindowIcons.load();

        assertEquals(WindowIcons.SIZES.length, icons.size());
        for (int i = 0; i < icons.size(); i++) {
            assertFalse(icons.get(i).isError(), "icon " + WindowIcons.SIZES[i]);
            assertEquals(WindowIcons.SIZES[i], icons.get(i).getWidth());
            assertEquals(WindowIcons.SIZES[i], icons.get(i).getHeight());
        }
    }

    @Test
    void theDdlPaneIsBuiltWhenItsTabIsFirstOpened(FxRobot robot) {
        TabPane tabs = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
        Tab ddl = tabs.getTabs().stream().filter(t -> "ddl-tab".equals(t.getId())).findFirst().orElseThrow();
        assertNull(ddl.getContent(), "no code area before the tab is opened");

        robot.interact(() -> tabs.getSelectionModel().select(ddl));

        assertTrue(robot.lookup("#ddl-text").tryQuery().isPresent(), "the code area exists once the tab is open");
    }

    @Test
    void theDiagramSearchFieldJoinsTheSceneWhenFirstOpened(FxRobot robot) {
        assertTrue(robot.lookup("#diagram-search").tryQuery().isEmpty(), "hidden, so not styled before the first frame");
        assertTrue(robot.lookup("#diagram-focus-bar").tryQuery().isEmpty(), "the focus banner neither");

        robot.interact(() -> view.diagramView().searchBar().open());

        assertTrue(robot.lookup("#diagram-search").tryQuery().isPresent(), "in the scene once open");
        assertTrue(view.diagramView().searchBar().isVisible());
        robot.interact(() -> view.diagramView().searchBar().close());
        assertFalse(view.diagramView().searchBar().isVisible());
    }

    @Test
    void oneExistingDocumentOrSqlFileOpensTheWindowOnIt() throws IOException {
        Path document = Files.writeString(dir.resolve("shop.lintel"), "{}");
        Path script = Files.writeString(dir.resolve("shop.sql"), "create table t (id int);");
        Path text = Files.writeString(dir.resolve("notes.txt"), "x");

        assertTrue(LintelApplication.opensWindowOn(new String[] {document.toString()}));
        assertTrue(LintelApplication.opensWindowOn(new String[] {script.toString()}));
        assertFalse(LintelApplication.opensWindowOn(new String[] {text.toString()}), "not a document");
        assertFalse(LintelApplication.opensWindowOn(new String[] {dir.resolve("missing.lintel").toString()}), "missing");
        assertFalse(LintelApplication.opensWindowOn(new String[] {"lint", script.toString()}), "a subcommand");
        assertFalse(LintelApplication.opensWindowOn(new String[] {"--version"}));
        assertFalse(LintelApplication.opensWindowOn(new String[] {"lint"}), "the subcommand name, no such file");
    }
}

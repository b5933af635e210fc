package dev.lintel.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.app.theme.ThemeManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window remembers theme, size, split positions and recent files across runs (a throwaway preferences node). */
@ExtendWith(ApplicationExtension.class)
class WindowPreferencesTest {
    private final Preferences node = Preferences.userRoot().node("dev/lintel/test/" + UUID.randomUUID());
    private Stage stage;

    @TempDir
    Path dir;

    // A stage of its own: resizing the shared primary stage would change the windows of later tests.
    @Start
    void start(Stage primary) {
        this.stage = new Stage();
    }

    @AfterEach
    void removeNode(FxRobot robot) throws Exception {
        robot.interact(stage::close);
        node.removeNode();
    }

    private record Window(MainWindowView view, MainWindowViewModel viewModel, ThemeManager theme) {
    }

    private Window open() {
        ThemeManager theme = new ThemeManager();
        MainWindowViewModel vm = new MainWindowViewModel(new CurrentThreadTaskExecutor(),
                DdlImportService.usingModelImporter(), new ImmediateDelayScheduler());
        MainWindowView view = new MainWindowView(vm, theme);
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
        new WindowPreferences(node).restore(stage, view, vm, theme);
        return new Window(view, vm, theme);
    }

    @Test
    void theThemeSplitsSizeAndRecentFilesComeBack(FxRobot robot) throws Exception {
        Path sql = Files.writeString(dir.resolve("shop.sql"), "CREATE TABLE t (id int PRIMARY KEY);");
        Window[] w = new Window[1];
        robot.interact(() -> {
            w[0] = open();
            w[0].theme().darkProperty().set(true);
            w[0].view().splitPanes().get(0).setDividerPositions(0.3, 0.7);
            stage.setWidth(1100);
            w[0].viewModel().importDdlFile(sql);
            new WindowPreferences(node).save(stage, w[0].view());
        });
        // A second run: a new theme starts light, the preferences turn it dark again.
        robot.interact(() -> w[0] = open());

        assertTrue(w[0].theme().darkProperty().get(), "dark theme remembered");
        assertEquals(List.of(sql.toAbsolutePath()), List.copyOf(w[0].viewModel().recentFiles()));
        assertEquals(0.3, w[0].view().splitPanes().get(0).getDividerPositions()[0], 0.02);
        assertEquals(1100, stage.getWidth(), 1);
        robot.interact(() -> w[0].theme().darkProperty().set(false));
    }
}

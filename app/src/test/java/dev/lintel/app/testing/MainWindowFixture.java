package dev.lintel.app.testing;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowView;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.app.theme.ThemeManager;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The real main window for GUI tests: the model importer, background work run at once on the
 * calling thread and debounced work run immediately, so that a test sees each step's result.
 */
public final class MainWindowFixture {
    private MainWindowFixture() {
    }

    public record Shown(MainWindowViewModel viewModel, MainWindowView view, ThemeManager theme) {
    }

    /** Builds the window at {@code width} x {@code height}, themed, and shows it on {@code stage}. */
    public static Shown show(Stage stage, double width, double height) {
        return show(stage, new MainWindowViewModel(new CurrentThreadTaskExecutor(),
                DdlImportService.usingModelImporter(), new ImmediateDelayScheduler()), width, height);
    }

    /** The window of a view-model the test built itself (another executor, a schema already shown). */
    public static Shown show(Stage stage, MainWindowViewModel viewModel, double width, double height) {
        ThemeManager theme = new ThemeManager();
        MainWindowView view = new MainWindowView(viewModel, theme);
        Scene scene = new Scene(view, width, height);
        theme.install(scene);
        stage.setScene(scene);
        stage.show();
        return new Shown(viewModel, view, theme);
    }
}

package dev.lintel.app.shell;

import dev.lintel.app.importing.SamplePreload;
import dev.lintel.app.task.EarlyStart;
import dev.lintel.app.task.FxDelayScheduler;
import dev.lintel.app.task.TaskExecutor;
import dev.lintel.app.task.ThreadPoolTaskExecutor;
import dev.lintel.app.theme.ThemeManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application: wires the executor, view-model and view, then opens the file it was
 * started with (a double-clicked {@code .lintel} file, through the desktop entry's {@code %f}) or
 * the sample design, whose import {@link #prepare} began before the toolkit started.
 */
public final class LintelApplication extends Application {
    private TaskExecutor executor;

    /**
     * True when the command line is one existing document or SQL file: {@code lintel shop.lintel}
     * opens the window on it rather than being read as an unknown subcommand.
     */
    public static boolean opensWindowOn(String[] args) {
        if (args.length != 1 || args[0].startsWith("-")) {
            return false;
        }
        try {
            Path file = Path.of(args[0]);
            return Files.isRegularFile(file) && DocumentFiles.isOpenable(file);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /**
     * Called by {@code Main} before the JavaFX toolkit starts (about a second): the classes the
     * window needs are loaded and its preferences read, and when the window will open on the
     * bundled sample its import begins, each on a thread of its own.
     */
    public static void prepare(String[] args) {
        StartupClasses.preload();
        WindowPreferences.preload();
        if (fileToOpen(List.of(args)) == null) {
            SamplePreload.start();
        }
    }

    // The file given on the command line, else -Dlintel.open=FILE (scripted screenshots, demos);
    // null for the sample.
    private static Path fileToOpen(List<String> args) {
        String open = System.getProperty("lintel.open");
        if (args.size() == 1) {
            return Path.of(args.get(0)).toAbsolutePath();
        }
        return open == null || open.isBlank() ? null : Path.of(open).toAbsolutePath();
    }

    @Override
    public void start(Stage stage) {
        executor = ThreadPoolTaskExecutor.forJavaFx();
        MainWindowViewModel viewModel = new MainWindowViewModel(executor, SamplePreload.importService(),
                new FxDelayScheduler(), DocumentRecovery.forUser());
        ThemeManager theme = new ThemeManager();
        MainWindowView view = new MainWindowView(viewModel, theme);
        Scene scene = new Scene(view, 1440, 900);
        theme.install(scene);
        WindowPreferences prefs = WindowPreferences.forUser();
        prefs.restore(stage, view, viewModel, theme);
        stage.setOnHiding(e -> prefs.save(stage, view));
        // Before the window is shown (and after the recent files are restored, which opening a file
        // adds to): the import, preloaded for the sample, runs while the first frame is styled and laid out.
        Path file = fileToOpen(getParameters().getRaw());
        if (file != null) {
            viewModel.openFile(file);
        } else {
            viewModel.loadSample();
        }

        stage.titleProperty().bind(viewModel.windowTitle());
        view.documents().install(stage);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        // Read and decoded off the UI thread, and not on the executor, where they would queue
        // before the sample's layout; the window manager takes them when they come.
        EarlyStart.run("lintel-icons", WindowIcons::load)
                .thenAccept(icons -> Platform.runLater(() -> stage.getIcons().setAll(icons)));
        if (FirstFrameProbe.requested()) {
            FirstFrameProbe.install(scene, () -> !viewModel.diagram().diagramProperty().get().layout().nodes().isEmpty(),
                    () -> viewModel.lintResultProperty().get() != null
                            && viewModel.lintResultProperty().get().schema() == viewModel.schemaProperty().get(),
                    viewModel.diagram().diagramProperty(), viewModel.lintResultProperty());
        }
        stage.show();
        // After the first frame and off the UI thread; the offer waits for the load above to finish.
        viewModel.session().offerRecovery();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
    }
}

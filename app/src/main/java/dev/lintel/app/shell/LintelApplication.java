package dev.lintel.app.shell;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.task.FxDelayScheduler;
import dev.lintel.app.task.TaskExecutor;
import dev.lintel.app.task.ThreadPoolTaskExecutor;
import dev.lintel.app.theme.ThemeManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application: wires the executor, view-model and view, then opens the file it was
 * started with (a double-clicked {@code .lintel} file, through the desktop entry's {@code %f}) or
 * the sample design.
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

    @Override
    public void start(Stage stage) {
        executor = ThreadPoolTaskExecutor.forJavaFx();
        MainWindowViewModel viewModel = new MainWindowViewModel(executor, DdlImportService.usingModelImporter(),
                new FxDelayScheduler(), DocumentRecovery.forUser());
        ThemeManager theme = new ThemeManager();
        MainWindowView view = new MainWindowView(viewModel, theme);
        Scene scene = new Scene(view, 1440, 900);
        theme.install(scene);
        WindowPreferences prefs = WindowPreferences.forUser();
        prefs.restore(stage, view, viewModel, theme);
        stage.setOnHiding(e -> prefs.save(stage, view));

        stage.titleProperty().bind(viewModel.windowTitle());
        view.documents().install(stage);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.getIcons().setAll(WindowIcons.load());
        if (FirstFrameProbe.requested()) {
            FirstFrameProbe.install(scene, () -> !viewModel.diagram().diagramProperty().get().layout().nodes().isEmpty(),
                    () -> viewModel.lintResultProperty().get() != null
                            && viewModel.lintResultProperty().get().schema() == viewModel.schemaProperty().get(),
                    viewModel.diagram().diagramProperty(), viewModel.lintResultProperty());
        }
        stage.show();
        List<String> files = getParameters().getRaw();
        // -Dlintel.open=FILE opens a document or DDL file instead of the sample (scripted screenshots, demos).
        String open = System.getProperty("lintel.open");
        if (files.size() == 1) {
            viewModel.openFile(Path.of(files.get(0)).toAbsolutePath());
        } else if (open != null && !open.isBlank()) {
            viewModel.openFile(Path.of(open).toAbsolutePath());
        } else {
            viewModel.loadSample();
        }
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

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
                new FxDelayScheduler());
        ThemeManager theme = new ThemeManager();
        Scene scene = new Scene(new MainWindowView(viewModel, theme), 1440, 900);
        theme.install(scene);

        stage.titleProperty().bind(viewModel.windowTitle());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.getIcons().setAll(WindowIcons.load());
        stage.show();
        if (FirstFrameProbe.requested()) {
            FirstFrameProbe.exitAfterFirstFrame(scene);
        }
        List<String> files = getParameters().getRaw();
        if (files.size() == 1) {
            viewModel.openFile(Path.of(files.get(0)).toAbsolutePath());
        } else {
            viewModel.loadSample();
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
    }
}

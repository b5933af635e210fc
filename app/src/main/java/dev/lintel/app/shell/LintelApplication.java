package dev.lintel.app.shell;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.task.FxDelayScheduler;
import dev.lintel.app.task.TaskExecutor;
import dev.lintel.app.task.ThreadPoolTaskExecutor;
import dev.lintel.app.theme.ThemeManager;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: wires the executor, view-model and view, then loads the sample design. */
public final class LintelApplication extends Application {
    private TaskExecutor executor;

    @Override
    public void start(Stage stage) {
        executor = ThreadPoolTaskExecutor.forJavaFx();
        MainWindowViewModel viewModel = new MainWindowViewModel(executor, DdlImportService.usingModelImporter(),
                new FxDelayScheduler());
        ThemeManager theme = new ThemeManager();
        MainWindowView view = new MainWindowView(viewModel, theme);
        Scene scene = new Scene(view, 1440, 900);
        theme.install(scene);
        WindowPreferences prefs = WindowPreferences.forUser();
        prefs.restore(stage, view, viewModel, theme);
        stage.setOnHiding(e -> prefs.save(stage, view));

        stage.titleProperty().bind(viewModel.windowTitle());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        // -Dlintel.open=FILE opens a document or DDL file instead of the sample (scripted screenshots, demos).
        String open = System.getProperty("lintel.open");
        if (open != null && !open.isBlank()) {
            viewModel.openFile(java.nio.file.Path.of(open));
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

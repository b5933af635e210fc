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
        Scene scene = new Scene(new MainWindowView(viewModel, theme), 1440, 900);
        theme.install(scene);

        stage.titleProperty().bind(viewModel.windowTitle());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        viewModel.loadSample();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
    }
}

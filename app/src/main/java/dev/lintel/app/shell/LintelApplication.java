package dev.lintel.app.shell;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The JavaFX application: composes the main window. */
public final class LintelApplication extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Lintel");
        stage.setScene(new Scene(new BorderPane(), 1400, 900));
        stage.show();
    }
}

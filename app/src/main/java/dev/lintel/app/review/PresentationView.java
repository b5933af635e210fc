package dev.lintel.app.review;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The presentation window: full screen, large type, high contrast (white and yellow on black);
 * Right/Down/Space/Page Down step forward, Left/Up/Page Up back, Escape leaves.
 */
public final class PresentationView extends VBox {
    public PresentationView(PresentationViewModel vm) {
        setId("presentation-view");
        setSpacing(24);
        setPadding(new Insets(48));
        setStyle("-fx-background-color: black;");
        Label position = new Label();
        position.setId("presentation-position");
        position.textProperty().bind(vm.positionProperty());
        position.setStyle("-fx-text-fill: #ffd400; -fx-font-size: 22px;");
        Label heading = new Label();
        heading.setId("presentation-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(vm.headingProperty());
        heading.setStyle("-fx-text-fill: #ffd400; -fx-font-size: 40px; -fx-font-weight: bold;");
        Label body = new Label();
        body.setId("presentation-body");
        body.setWrapText(true);
        body.textProperty().bind(vm.bodyProperty());
        body.setStyle("-fx-text-fill: white; -fx-font-size: 30px;");
        getChildren().addAll(position, heading, body);
        setFocusTraversable(true);
        setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            if (k == KeyCode.RIGHT || k == KeyCode.DOWN || k == KeyCode.SPACE || k == KeyCode.PAGE_DOWN) {
                vm.next();
                e.consume();
            } else if (k == KeyCode.LEFT || k == KeyCode.UP || k == KeyCode.PAGE_UP) {
                vm.previous();
                e.consume();
            } else if (k == KeyCode.ESCAPE && getScene() != null) {
                ((Stage) getScene().getWindow()).close();
                e.consume();
            }
        });
    }

    /** Opens the presentation in its own full-screen window over {@code owner}. */
    public static Stage show(Window owner, PresentationViewModel vm) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Lintel presentation");
        PresentationView view = new PresentationView(vm);
        stage.setScene(new Scene(view, 1280, 800));
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        stage.show();
        view.requestFocus();
        return stage;
    }
}

package dev.lintel.app.importing;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Shows {@link ConnectView} in a window of its own over the main window; closing it cancels a running read. */
public final class ConnectDialog {
    private ConnectDialog() {
    }

    public static Stage show(Window owner, ConnectViewModel vm) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Connect to Database");
        ConnectView view = new ConnectView(vm, stage::close);
        Scene scene = new Scene(view);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> vm.cancel());
        keepSized(stage, vm);
        vm.loadProfiles();
        stage.show();
        return stage;
    }

    /** The window grows to show a failure (and its detail) in full, and shrinks back when it clears. */
    static void keepSized(Stage stage, ConnectViewModel vm) {
        vm.errorProperty().addListener((obs, old, now) -> stage.sizeToScene());
        vm.busyProperty().addListener((obs, old, now) -> stage.sizeToScene());
        stage.getScene().getRoot().lookupAll("#connect-error-detail").forEach(n -> ((javafx.scene.control.TitledPane) n)
                .expandedProperty().addListener((obs, old, now) -> stage.sizeToScene()));
    }
}

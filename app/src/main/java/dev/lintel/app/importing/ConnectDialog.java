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
        Scene scene = new Scene(new ConnectView(vm, stage::close));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> vm.cancel());
        vm.loadProfiles();
        stage.show();
        return stage;
    }
}

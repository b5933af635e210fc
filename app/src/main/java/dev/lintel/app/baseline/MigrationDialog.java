package dev.lintel.app.baseline;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Shows {@link MigrationView} in a window of its own over the main window. */
public final class MigrationDialog {
    private MigrationDialog() {
    }

    public static Stage show(Window owner, MigrationViewModel vm, ExportTargets targets) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Generate Migration");
        Scene scene = new Scene(new MigrationView(vm, targets, stage::close));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}

package dev.lintel.app.shell;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Import JPA Sources' questions, after the folder: the naming strategy the application uses and
 * the Hibernate whose schema export to reproduce (7.x, or 6.x where the two differ).
 */
final class JpaImportDialog {
    /** What the user chose. */
    record Choice(JpaNamingChoice naming, boolean hibernate6) {
    }

    private static final String HIBERNATE_7 = "Hibernate 7.x (current)";
    private static final String HIBERNATE_6 = "Hibernate 6.x";

    private JpaImportDialog() {
    }

    static Optional<Choice> ask(Window owner) {
        ChoiceBox<JpaNamingChoice> naming = new ChoiceBox<>();
        naming.getItems().setAll(JpaNamingChoice.values());
        naming.setValue(JpaNamingChoice.SPRING);
        naming.setId("jpaNaming");
        ChoiceBox<String> hibernate = new ChoiceBox<>();
        hibernate.getItems().setAll(HIBERNATE_7, HIBERNATE_6);
        hibernate.setValue(HIBERNATE_7);
        hibernate.setId("jpaHibernate");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label("Names"), naming);
        grid.addRow(1, new Label("Schema as created by"), hibernate);

        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import JPA Sources");
        dialog.setHeaderText("Tables and columns as your application's Hibernate creates them");
        ButtonType importButton = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(b -> b == importButton ? new Choice(naming.getValue(), HIBERNATE_6.equals(hibernate.getValue())) : null);
        return dialog.showAndWait();
    }
}

package dev.lintel.app.canvas;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;

/** Asks for a subject area's name and colour (new area, or rename and recolour an existing one). */
public final class SubjectAreaDialog {
    /** What the user chose. */
    public record Choice(String name, AreaColour colour) {
    }

    private SubjectAreaDialog() {
    }

    /**
     * @param current the area being edited, or null for a new one (then the name must be free)
     */
    public static Optional<Choice> ask(Window owner, SubjectAreasViewModel areas, String title, String current,
                                       AreaColour colour) {
        TextField name = new TextField(current == null ? "" : current);
        name.setId("subject-area-name");
        name.setPromptText("Billing, Catalogue, Accounts\u2026");
        ComboBox<AreaColour> colours = new ComboBox<>();
        colours.setId("subject-area-colour");
        colours.getItems().setAll(AreaColour.values());
        colours.setValue(colour);
        colours.setCellFactory(l -> new SwatchCell());
        colours.setButtonCell(new SwatchCell());
        Label problem = new Label();
        problem.setId("subject-area-problem");
        problem.getStyleClass().add("text-muted");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Colour"), colours);
        grid.add(problem, 1, 2);

        Dialog<Choice> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("subject-area-dialog");
        ButtonType ok = new ButtonType(current == null ? "Create" : "Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Runnable check = () -> {
            Optional<String> why = areas.problemWithName(name.getText(), current);
            problem.setText(why.orElse(""));
            dialog.getDialogPane().lookupButton(ok).setDisable(why.isPresent());
        };
        name.textProperty().addListener((obs, o, n) -> check.run());
        check.run();
        dialog.setResultConverter(b -> b == ok ? new Choice(name.getText().strip(), colours.getValue()) : null);
        dialog.setOnShown(e -> name.requestFocus());
        return dialog.showAndWait();
    }

    private static final class SwatchCell extends ListCell<AreaColour> {
        @Override
        protected void updateItem(AreaColour c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Rectangle swatch = new Rectangle(14, 14, Color.web(c.hex()));
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            setGraphic(swatch);
            setText(c.label());
        }
    }
}

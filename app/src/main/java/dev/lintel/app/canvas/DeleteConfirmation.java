package dev.lintel.app.canvas;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Deleting tables also drops the foreign keys of other tables that point at them: the user sees
 * which before anything goes (one question for the whole selection), and undo brings it all back.
 */
public final class DeleteConfirmation {
    private DeleteConfirmation() {
    }

    /** Asks about deleting the selected tables and deletes them on OK; does nothing when no table is selected. */
    public static void confirmAndDelete(Window owner, CanvasEdits edits) {
        edits.deletionOfSelection().ifPresent(d -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, text(d));
            confirm.setTitle(d.tables().size() == 1 ? "Delete Table" : "Delete Tables");
            confirm.setHeaderText(d.question());
            confirm.getDialogPane().setId("delete-table-dialog");
            if (owner != null) {
                confirm.initOwner(owner);
            }
            confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> edits.deleteSelection());
        });
    }

    static String text(CanvasEdits.Deletion d) {
        boolean one = d.tables().size() == 1;
        StringBuilder text = new StringBuilder();
        if (!one) {
            text.append(String.join(", ", d.tables())).append("\n\n");
        }
        text.append(d.dependentForeignKeys().isEmpty() ? "No other table refers to " + (one ? "it." : "them.")
                : "These foreign keys refer to " + (one ? "it" : "them") + " and are dropped too:\n  "
                + String.join("\n  ", d.dependentForeignKeys()));
        if (d.otherCards() > 0) {
            text.append("\n\n").append(d.otherCards() == 1 ? "The selected view or enum type stays."
                    : "The " + d.otherCards() + " selected views and enum types stay.");
        }
        return text.append("\n\nUndo brings everything back.").toString();
    }
}

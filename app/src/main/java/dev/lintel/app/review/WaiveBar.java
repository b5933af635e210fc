package dev.lintel.app.review;

import dev.lintel.app.findings.FindingRow;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Under the findings list: waive the selected finding with a (mandatory) reason, or start a
 * comment thread on it (keyed by its {@code FindingKey}, so it shows in the Review tab).
 */
public final class WaiveBar extends HBox {
    public WaiveBar(ObservableValue<FindingRow> selected, ReviewViewModel vm) {
        super(6);
        setId("waive-bar");
        TextField reason = new TextField();
        reason.setId("waive-reason");
        reason.setPromptText("Reason for accepting the selected finding");
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button waive = new Button("Waive");
        waive.setId("waive-button");
        waive.setOnAction(e -> {
            FindingRow row = selected.getValue();
            if (row != null && vm.waive(row.ruleId(), row.objectPath(), reason.getText())) {
                reason.clear();
            }
        });
        waive.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.getValue() == null || reason.getText().isBlank(), selected, reason.textProperty()));
        Button comment = new Button("Comment\u2026");
        comment.setId("finding-comment-button");
        comment.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.getValue() == null, selected));
        comment.setOnAction(e -> {
            FindingRow row = selected.getValue();
            if (row == null) {
                return;
            }
            javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
            dialog.initOwner(getScene() == null ? null : getScene().getWindow());
            dialog.setTitle("Comment on finding");
            dialog.setHeaderText(row.ruleId() + " on " + row.objectPath());
            dialog.setContentText("Comment (Markdown):");
            dialog.getEditor().setId("finding-comment-text");
            dialog.showAndWait().ifPresent(text -> vm.commentOnFinding(row.ruleId(), row.objectPath(), text));
        });
        getChildren().addAll(new Label("Waive:"), reason, waive, comment);
    }
}

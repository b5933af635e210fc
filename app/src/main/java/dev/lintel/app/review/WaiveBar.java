package dev.lintel.app.review;

import dev.lintel.app.findings.FindingRow;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Under the findings list: waive the selected finding with a (mandatory) reason. */
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
        getChildren().addAll(new Label("Waive:"), reason, waive);
    }
}

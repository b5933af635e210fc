package dev.lintel.app.findings;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** Three small badges, errors / warnings / info, for the Findings tab title and the status bar. */
public final class SeverityCountsView extends HBox {
    public SeverityCountsView(FindingsViewModel viewModel) {
        super(8);
        getStyleClass().add("severity-counts");
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(
                badge(FindingSeverity.ERROR, viewModel.errorCountProperty(), "errors"),
                badge(FindingSeverity.WARNING, viewModel.warningCountProperty(), "warnings"),
                badge(FindingSeverity.INFO, viewModel.infoCountProperty(), "info"));
    }

    private static Label badge(FindingSeverity severity, ReadOnlyIntegerProperty count, String noun) {
        Label label = new Label();
        label.setGraphic(SeverityIcons.of(severity));
        label.getStyleClass().addAll("severity-count", "count-" + noun);
        label.textProperty().bind(count.asString());
        label.setTooltip(new Tooltip("Design findings: " + noun));
        return label;
    }
}

package dev.lintel.app.shell;

import atlantafx.base.controls.Spacer;
import dev.lintel.app.findings.SeverityCountsView;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** The status line: what just happened, the schema's size, and a progress bar while a task runs. */
public final class StatusBarView extends HBox {
    public StatusBarView(MainWindowViewModel viewModel) {
        super(12);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(viewModel.statusTextProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("status-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(viewModel.busyProperty());

        Label counts = new Label();
        counts.setId("status-counts");
        counts.getStyleClass().add("status-counts");
        counts.textProperty().bind(viewModel.countsText());

        SeverityCountsView findings = new SeverityCountsView(viewModel.findings());
        findings.setId("status-findings");

        getChildren().addAll(status, new Spacer(), progress, findings, counts);
    }
}

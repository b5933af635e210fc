package dev.lintel.app.importing;

import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Diagnostics pane: what the last import skipped, kept opaque, or failed on, with file:line. */
public final class DiagnosticsView extends ListView<DiagnosticRow> {
    public DiagnosticsView(ObservableList<DiagnosticRow> diagnostics) {
        super(diagnostics);
        setId("diagnostics-list");
        Label placeholder = new Label("No import diagnostics: every statement was understood.");
        placeholder.getStyleClass().add("placeholder-text");
        setPlaceholder(placeholder);
        setCellFactory(list -> new DiagnosticCell());
    }

    private static final class DiagnosticCell extends ListCell<DiagnosticRow> {
        @Override
        protected void updateItem(DiagnosticRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            FontIcon icon = new FontIcon(switch (row.severity()) {
                case ERROR -> Feather.X_CIRCLE;
                case WARNING -> Feather.ALERT_TRIANGLE;
                case INFO -> Feather.INFO;
            });
            icon.getStyleClass().add("severity-" + row.severity().name().toLowerCase(java.util.Locale.ROOT));
            Label location = new Label(row.location());
            location.getStyleClass().add("diagnostic-location");
            Label message = new Label(row.message());
            HBox box = new HBox(10, icon, location, message);
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
            setText(null);
            setTooltip(row.excerpt().isEmpty() ? null : new Tooltip(row.excerpt()));
        }
    }
}

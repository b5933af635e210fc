package dev.lintel.app.baseline;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Changes tab: a line saying how the schema stands against its baseline, the baseline's
 * commands, and one row per difference (added green, removed red, modified amber); clicking a row
 * selects its object on the canvas.
 */
public final class ChangesView extends VBox {

    /**
     * @param markBaseline what "Mark as Baseline" does
     * @param generateMigration opens the Generate Migration dialog
     */
    public ChangesView(BaselineViewModel baseline, Runnable markBaseline, Runnable generateMigration) {
        ChangesViewModel vm = baseline.changes();
        setId("changes-pane");
        Label summary = new Label();
        summary.setId("changes-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setGraphic(new FontIcon(Feather.GIT_COMMIT));
        summary.setMinWidth(0);

        Button mark = new Button(null, new FontIcon(Feather.BOOKMARK));
        mark.setId("changes-mark-baseline");
        mark.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        mark.setTooltip(new Tooltip("Mark the current schema as the baseline"));
        mark.setOnAction(e -> markBaseline.run());
        Button generate = new Button("Generate Migration\u2026", new FontIcon(Feather.PLAY));
        generate.setId("changes-generate-migration");
        generate.getStyleClass().add(Styles.SMALL);
        generate.disableProperty().bind(baseline.hasBaselineProperty().not());
        generate.setOnAction(e -> generateMigration.run());
        HBox bar = new HBox(8, summary, new Spacer(), mark, generate);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));

        TableView<ChangeRow> table = new TableView<>(vm.rows());
        table.setId("changes-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add(Styles.DENSE);
        TableColumn<ChangeRow, ChangeKind> kind = new TableColumn<>("Change");
        kind.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().kind()));
        kind.setCellFactory(c -> new KindCell());
        kind.setPrefWidth(90);
        kind.setMaxWidth(120);
        TableColumn<ChangeRow, String> object = new TableColumn<>("Object");
        object.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().object()));
        object.setPrefWidth(220);
        object.setMaxWidth(360);
        TableColumn<ChangeRow, String> description = new TableColumn<>("What changed");
        description.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().description()));
        description.setPrefWidth(420);
        table.getColumns().addAll(java.util.List.of(kind, object, description));
        Label placeholder = new Label();
        placeholder.textProperty().bind(vm.summaryProperty());
        placeholder.getStyleClass().add("placeholder-text");
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.select(now));
        // A second click on the selected row selects its object again (after the user clicked elsewhere).
        table.setOnMouseClicked(e -> vm.select(table.getSelectionModel().getSelectedItem()));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    private static final class KindCell extends TableCell<ChangeRow, ChangeKind> {
        @Override
        protected void updateItem(ChangeKind kind, boolean empty) {
            super.updateItem(kind, empty);
            getStyleClass().removeIf(s -> s.startsWith("change-kind-"));
            if (empty || kind == null) {
                setText(null);
                return;
            }
            setText(kind.word());
            getStyleClass().add(kind.styleClass());
        }
    }
}

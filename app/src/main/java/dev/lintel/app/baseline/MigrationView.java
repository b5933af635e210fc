package dev.lintel.app.baseline;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Generate Migration dialog's content: target database and rename choices on top, the planned
 * steps (phase, step, lock, hazards, acknowledgement) over the selected step's SQL, and at the
 * bottom the acknowledgement and the exports, enabled once every waiting step is acknowledged.
 */
public final class MigrationView extends BorderPane {

    /**
     * @param targets asks where to write
     * @param close closes the dialog
     */
    public MigrationView(MigrationViewModel vm, ExportTargets targets, Runnable close) {
        setId("migration-pane");
        setPrefSize(1040, 680);
        setTop(header(vm));
        setCenter(stepsAndSql(vm));
        setBottom(footer(vm, targets, close));
    }

    private VBox header(MigrationViewModel vm) {
        ChoiceBox<MigrationTarget> target = new ChoiceBox<>();
        target.setId("migration-target");
        target.getItems().setAll(MigrationTarget.values());
        target.valueProperty().bindBidirectional(vm.targetProperty());
        Label status = new Label();
        status.setId("migration-status");
        status.textProperty().bind(vm.statusProperty());
        HBox top = new HBox(10, new Label("Migration for"), target, new Spacer(), status);
        top.setAlignment(Pos.CENTER_LEFT);

        VBox renames = new VBox(4);
        renames.setId("migration-renames");
        Runnable fill = () -> {
            renames.getChildren().clear();
            if (vm.renames().isEmpty()) {
                return;
            }
            Label title = new Label("Possible renames: tick one to rename the column instead of dropping it (and its data) and adding a new one");
            title.setWrapText(true);
            renames.getChildren().add(title);
            for (RenameChoice choice : vm.renames()) {
                CheckBox box = new CheckBox(choice.label());
                box.setMnemonicParsing(false); // names hold underscores
                box.setId("rename-" + renames.getChildren().size());
                box.selectedProperty().bindBidirectional(choice.confirmedProperty());
                box.setTooltip(new Tooltip("Looks like a rename: " + choice.reason()));
                renames.getChildren().add(box);
            }
        };
        vm.renames().addListener((ListChangeListener<RenameChoice>) c -> fill.run());
        fill.run();
        VBox box = new VBox(8, top, renames);
        box.setPadding(new Insets(10, 12, 8, 12));
        return box;
    }

    private SplitPane stepsAndSql(MigrationViewModel vm) {
        TableView<StepRow> steps = new TableView<>(vm.steps());
        steps.setId("migration-steps");
        steps.getStyleClass().add(Styles.DENSE);
        steps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        steps.getColumns().addAll(java.util.List.of(
                column("#", 40, r -> String.valueOf(r.number())),
                column("Phase", 80, StepRow::phase),
                column("Step", 300, r -> r.kind() + " " + r.subject()),
                column("Lock", 260, StepRow::locks),
                column("Acknowledge", 110, StepRow::acknowledgement),
                hazards()));
        Label empty = new Label();
        empty.textProperty().bind(vm.statusProperty());
        steps.setPlaceholder(empty);

        TextArea sql = new TextArea();
        sql.setId("migration-sql");
        sql.setEditable(false);
        sql.getStyleClass().add("migration-sql");
        // The selected step's statement and note; with nothing selected, the whole script as it would be written.
        sql.textProperty().bind(Bindings.createStringBinding(() -> {
            StepRow row = steps.getSelectionModel().getSelectedItem();
            if (row == null) {
                return vm.scriptProperty().get();
            }
            return (row.note().isEmpty() ? "" : "-- " + row.note() + "\n") + row.sql() + ";\n";
        }, steps.getSelectionModel().selectedItemProperty(), vm.scriptProperty()));
        SplitPane split = new SplitPane(steps, sql);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        return split;
    }

    private static TableColumn<StepRow, String> column(String title, double width, Function<StepRow, String> value) {
        TableColumn<StepRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new SimpleStringProperty(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<StepRow, StepRow> hazards() {
        TableColumn<StepRow, StepRow> c = new TableColumn<>("Hazards");
        c.setCellValueFactory(f -> new SimpleObjectProperty<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(StepRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("migration-hazard");
                if (empty || row == null || row.hazards().isEmpty()) {
                    setText(empty || row == null ? null : "none");
                    setTooltip(null);
                    return;
                }
                setText(String.join("; ", row.hazards()));
                setTooltip(new Tooltip(String.join("\n", row.hazards())));
                getStyleClass().add("migration-hazard");
            }
        });
        c.setPrefWidth(260);
        return c;
    }

    private VBox footer(MigrationViewModel vm, ExportTargets targets, Runnable close) {
        Label notes = new Label();
        notes.setId("migration-notes");
        notes.setWrapText(true);
        notes.textProperty().bind(Bindings.createStringBinding(() -> vm.notes().isEmpty() ? ""
                : "Not planned (do these by hand): " + String.join("; ", vm.notes()), vm.notes()));
        notes.managedProperty().bind(notes.textProperty().isNotEmpty());
        notes.visibleProperty().bind(notes.managedProperty());

        CheckBox acknowledge = new CheckBox();
        acknowledge.setId("migration-acknowledge");
        acknowledge.setWrapText(true);
        acknowledge.setMnemonicParsing(false);
        acknowledge.textProperty().bind(vm.acknowledgementTextProperty());
        acknowledge.selectedProperty().bindBidirectional(vm.acknowledgedProperty());
        acknowledge.managedProperty().bind(vm.needsAcknowledgementProperty());
        acknowledge.visibleProperty().bind(vm.needsAcknowledgementProperty());
        acknowledge.getStyleClass().add(Styles.DANGER);

        Button script = new Button("Export Script\u2026", new FontIcon(Feather.FILE_TEXT));
        script.setId("migration-export-script");
        script.getStyleClass().add(Styles.ACCENT);
        script.disableProperty().bind(vm.canExportProperty().not());
        script.setOnAction(e -> {
            Path file = targets.scriptFile(window());
            if (file != null) {
                vm.exportScript(file);
            }
        });
        Button flyway = new Button("Export Flyway Files\u2026", new FontIcon(Feather.FOLDER));
        flyway.setId("migration-export-flyway");
        flyway.disableProperty().bind(vm.canExportProperty().not());
        flyway.setOnAction(e -> {
            Path folder = targets.flywayFolder(window());
            if (folder != null) {
                vm.exportFlyway(folder);
            }
        });
        Button closeButton = new Button("Close");
        closeButton.setId("migration-close");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        HBox buttons = new HBox(8, new Spacer(), script, flyway, closeButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(8, notes, acknowledge, buttons);
        box.setPadding(new Insets(8, 12, 12, 12));
        return box;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}

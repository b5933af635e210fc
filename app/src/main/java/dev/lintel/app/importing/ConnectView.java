package dev.lintel.app.importing;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Connect to Database form: saved connections, database kind, host, port, database, user,
 * password, schema filters; Test, Connect and Cancel; a progress bar and status line; a failure
 * in plain words with its detail folded away. Binds to {@link ConnectViewModel}; holds no state.
 */
public final class ConnectView extends VBox {
    public ConnectView(ConnectViewModel vm, Runnable close) {
        setSpacing(10);
        setPadding(new Insets(16));
        setPrefWidth(560);
        getStyleClass().add("connect-view");

        ComboBox<ConnectionProfile> saved = new ComboBox<>(vm.profiles());
        saved.setId("connect-profiles");
        saved.setPromptText("Saved connections");
        saved.setMaxWidth(Double.MAX_VALUE);
        saved.valueProperty().addListener((obs, old, now) -> vm.apply(now));

        ComboBox<DatabaseKind> kind = new ComboBox<>();
        kind.getItems().setAll(DatabaseKind.values());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setId("connect-kind");

        TextField host = field("connect-host", vm.hostProperty(), "localhost");
        TextField port = field("connect-port", vm.portProperty(), "5432");
        port.setPrefColumnCount(6);
        TextField database = field("connect-database", vm.databaseProperty(), "database name (H2: mem:x or a file path)");
        TextField user = field("connect-user", vm.userProperty(), "user");
        PasswordField password = new PasswordField();
        password.setId("connect-password");
        password.setPromptText("empty: ~/.pgpass or no password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        TextField include = field("connect-include", vm.includeSchemasProperty(), "all schemas (e.g. public, app_*)");
        TextField exclude = field("connect-exclude", vm.excludeSchemasProperty(), "none (e.g. audit, tmp_*)");
        TextField remember = field("connect-profile-name", vm.profileNameProperty(), "remember as (optional; no password kept)");

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, inputs);
        HBox hostPort = new HBox(8, host, new Label("Port"), port);
        HBox.setHgrow(host, Priority.ALWAYS);
        hostPort.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        int row = 0;
        form.addRow(row++, new Label("Saved"), saved);
        form.addRow(row++, new Label("Database type"), kind);
        form.addRow(row++, new Label("Host"), hostPort);
        form.addRow(row++, new Label("Database"), database);
        form.addRow(row++, new Label("User"), user);
        form.addRow(row++, new Label("Password"), password);
        form.addRow(row++, new Label("Schemas"), include);
        form.addRow(row++, new Label("Leave out"), exclude);
        form.addRow(row, new Label("Remember as"), remember);
        form.disableProperty().bind(vm.busyProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("connect-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("connect-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);

        Label error = new Label();
        error.setId("connect-error");
        error.textProperty().bind(vm.errorProperty());
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.setMinHeight(Region.USE_PREF_SIZE); // wrap the whole message rather than cut it with an ellipsis
        TextArea detailText = new TextArea();
        detailText.setEditable(false);
        detailText.setPrefRowCount(4);
        detailText.textProperty().bind(vm.errorDetailProperty());
        TitledPane detail = new TitledPane("Details", detailText);
        detail.setId("connect-error-detail");
        detail.setExpanded(false);
        VBox failure = new VBox(6, error, detail);
        failure.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());

        Button test = new Button("Test");
        test.setId("connect-test");
        test.setOnAction(e -> vm.testConnection());
        test.disableProperty().bind(vm.busyProperty());
        Button connect = new Button("Connect");
        connect.setId("connect-connect");
        connect.setDefaultButton(true);
        connect.getStyleClass().add(Styles.ACCENT);
        connect.setOnAction(e -> vm.connect());
        connect.disableProperty().bind(vm.canConnectProperty().not());
        Button cancel = new Button("Cancel");
        cancel.setId("connect-cancel");
        cancel.setCancelButton(true);
        // While reading, Cancel stops the read; otherwise it closes the dialog.
        cancel.setOnAction(e -> {
            if (vm.busyProperty().get()) {
                vm.cancel();
            } else {
                close.run();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, test, spacer, cancel, connect);

        getChildren().addAll(form, progress, status, failure, buttons);
        vm.finishedProperty().addListener((obs, old, now) -> {
            if (now) {
                close.run();
            }
        });
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}

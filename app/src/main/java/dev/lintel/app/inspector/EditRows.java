package dev.lintel.app.inspector;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The small controls the inspector's index, constraint and enum sections are made of. */
final class EditRows {
    private EditRows() {
    }

    /** A text field checked as typed (message below it), committed on Enter or leaving it. */
    static VBox field(String id, String value, String prompt, Function<String, FieldMessage> check,
                      Function<String, FieldMessage> commit) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(10);
        Label message = FieldCommit.messageLabel(id + "-message");
        FieldCommit fc = FieldCommit.install(field, message, check, commit);
        field.setOnAction(e -> fc.commit());
        return new VBox(1, field, message);
    }

    /** A field of an add row: checked as typed and on leaving it, never an edit on its own (the row's button adds). */
    static VBox addField(String id, String prompt, Function<String, FieldMessage> check) {
        return field(id, "", prompt, check, check);
    }

    static TextField text(VBox field) {
        return (TextField) field.getChildren().get(0);
    }

    static ComboBox<String> choice(String id, List<String> choices, String value) {
        ComboBox<String> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(choices));
        box.setId(id);
        box.setValue(value);
        return box;
    }

    static Button iconButton(String id, Feather icon, String tooltip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.FLAT);
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A button that runs a command and shows its message in {@code message}. */
    static Button commandButton(String id, String text, Label message, Supplier<FieldMessage> command) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> show(message, command.get()));
        return b;
    }

    static void show(Label message, FieldMessage m) {
        message.setText(m.text());
        message.setVisible(!m.isEmpty());
        message.setManaged(!m.isEmpty());
        message.getStyleClass().removeAll("field-error", "field-warning");
        message.getStyleClass().add(m.error() ? "field-error" : "field-warning");
    }

    static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("inspector-field-label");
        return label;
    }
}

package dev.lintel.app.inspector;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * How an inspector text field edits: the value is checked as the user types (the message shows
 * under the field), and committed on Enter, Tab or leaving the field, but only when it changed and
 * is valid; Escape puts the current value back. One commit is one undoable edit.
 */
final class FieldCommit {
    private final TextField field;
    private final Label message;
    private final Function<String, FieldMessage> check;
    private final Function<String, FieldMessage> commit;
    // The value the schema has; a commit of the same text is not an edit.
    private String original;

    private FieldCommit(TextField field, Label message, Function<String, FieldMessage> check,
                        Function<String, FieldMessage> commit) {
        this.field = field;
        this.message = message;
        this.check = check;
        this.commit = commit;
        this.original = field.getText();
    }

    /**
     * @param check what is wrong with a value, without editing (null: nothing to check)
     * @param commit makes the edit; returns the message to keep showing
     */
    static FieldCommit install(TextField field, Label message, Function<String, FieldMessage> check,
                               Function<String, FieldMessage> commit) {
        FieldCommit c = new FieldCommit(field, message, check, commit);
        field.textProperty().addListener((obs, old, now) -> {
            if (check != null) {
                c.show(now.equals(c.original) ? FieldMessage.NONE : check.apply(now));
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(c.original);
                c.show(FieldMessage.NONE);
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                c.commit();
            }
        });
        return c;
    }

    /** Commits the field's text when it changed; true when the value is now in the schema (or unchanged). */
    boolean commit() {
        String text = field.getText();
        if (text.equals(original)) {
            return true;
        }
        FieldMessage result = commit.apply(text);
        show(result);
        if (result.error()) {
            return false;
        }
        original = text;
        return true;
    }

    /** The schema's value changed (an edit, an undo): show it, unless the field already does. */
    void reset(String value) {
        String v = value == null ? "" : value;
        original = v;
        if (!field.getText().equals(v)) {
            field.setText(v);
        }
        show(FieldMessage.NONE);
    }

    private void show(FieldMessage m) {
        message.setText(m.text());
        message.setVisible(!m.isEmpty());
        message.setManaged(!m.isEmpty());
        // Only when it changes: each change of a style class restyles the label at the next pulse.
        String style = m.error() ? "field-error" : "field-warning";
        if (!message.getStyleClass().contains(style)) {
            message.getStyleClass().removeAll("field-error", "field-warning");
            message.getStyleClass().add(style);
        }
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), m.error());
    }

    static Label messageLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setVisible(false);
        label.setManaged(false);
        return label;
    }
}

package dev.lintel.app.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The inspector's value list for a selected enum type: each value renamed in place (Enter or
 * leaving the field), removed with its button, and a new value added at the end with Enter or
 * the button. Ids: {@code enum-value-0}, {@code enum-drop-0}, {@code new-enum-value}.
 */
final class EnumFields {
    private final EnumEditing editing;

    EnumFields(EnumEditing editing) {
        this.editing = editing;
    }

    List<Node> build() {
        List<String> values = editing.values();
        List<Node> nodes = new ArrayList<>();
        nodes.add(TableFields.section("Values (" + values.size() + ")"));
        VBox list = new VBox(2);
        list.setId("inspector-enum-values");
        Label message = FieldCommit.messageLabel("enum-message");
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            VBox field = EditRows.field("enum-value-" + i, value, "value", v -> editing.checkValue(value, v),
                    v -> editing.renameValue(value, v));
            list.getChildren().add(new HBox(4, field, EditRows.iconButton("enum-drop-" + i, Feather.TRASH_2,
                    "Remove value " + value, () -> EditRows.show(message, editing.dropValue(value)))));
        }
        VBox added = EditRows.addField("new-enum-value", "new value", v -> v.isEmpty() ? FieldMessage.NONE
                : editing.checkValue(null, v));
        var add = EditRows.commandButton("add-enum-value-button", "Add value", message,
                () -> editing.addValue(EditRows.text(added).getText()));
        EditRows.text(added).setOnAction(e -> add.fire());
        list.getChildren().addAll(added, add, message);
        nodes.add(list);
        return nodes;
    }
}

package dev.lintel.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The inspector's index section for a selected table: one editable block per index (keys, method,
 * unique, INCLUDE, WHERE; any committed change replaces the index as one undoable edit; a drop
 * button), then an add row. Ids: {@code index-keys-0}, {@code new-index-where}, {@code add-index-button}.
 */
final class IndexFields {
    private final IndexEditing editing;

    IndexFields(IndexEditing editing) {
        this.editing = editing;
    }

    List<Node> build() {
        List<IndexForm> indexes = editing.indexes();
        List<Node> nodes = new ArrayList<>();
        nodes.add(TableFields.section("Indexes (" + indexes.size() + ")"));
        VBox list = new VBox(8);
        list.setId("inspector-indexes");
        for (int i = 0; i < indexes.size(); i++) {
            list.getChildren().add(indexBlock(i, indexes.get(i)));
        }
        nodes.add(list);
        nodes.add(addBlock());
        return nodes;
    }

    private Node indexBlock(int i, IndexForm index) {
        String name = index.name();
        // Each control's commit rebuilds the index from all of the block's current values.
        List<Supplier<IndexForm>> form = new ArrayList<>(1);
        VBox nameField = EditRows.field("index-name-" + i, name, "name", n -> editing.checkName(name, n),
                n -> editing.replaceIndex(name, form.get(0).get()));
        VBox keys = EditRows.field("index-keys-" + i, index.keys(), "columns or expressions", editing::checkKeys,
                k -> editing.replaceIndex(name, form.get(0).get()));
        VBox include = EditRows.field("index-include-" + i, index.include(), "INCLUDE columns", editing::checkInclude,
                c -> editing.replaceIndex(name, form.get(0).get()));
        VBox where = EditRows.field("index-where-" + i, index.where(), "WHERE predicate", editing::checkWhere,
                w -> editing.replaceIndex(name, form.get(0).get()));
        ComboBox<String> method = EditRows.choice("index-method-" + i, IndexEditing.METHODS, index.method());
        CheckBox unique = new CheckBox("unique");
        unique.setId("index-unique-" + i);
        unique.setSelected(index.unique());
        Label message = FieldCommit.messageLabel("index-message-" + i);
        form.add(() -> new IndexForm(EditRows.text(nameField).getText(), EditRows.text(keys).getText(), method.getValue(),
                unique.isSelected(), EditRows.text(include).getText(), EditRows.text(where).getText()));
        method.setOnAction(e -> EditRows.show(message, editing.replaceIndex(name, form.get(0).get())));
        unique.setOnAction(e -> EditRows.show(message, editing.replaceIndex(name, form.get(0).get())));
        HBox head = new HBox(4, nameField, EditRows.iconButton("index-drop-" + i, Feather.TRASH_2, "Drop index " + name,
                () -> EditRows.show(message, editing.dropIndex(name))));
        return new VBox(2, head, keys, new FlowPane(6, 2, method, unique), include, where, message);
    }

    private Node addBlock() {
        VBox name = EditRows.addField("new-index-name", "name (optional)", n -> editing.checkName(null, n));
        VBox keys = EditRows.addField("new-index-keys", "columns or expressions, e.g. lower(email)", k -> k.isBlank()
                ? FieldMessage.NONE : editing.checkKeys(k));
        VBox include = EditRows.addField("new-index-include", "INCLUDE columns", editing::checkInclude);
        VBox where = EditRows.addField("new-index-where", "WHERE predicate", editing::checkWhere);
        ComboBox<String> method = EditRows.choice("new-index-method", IndexEditing.METHODS, IndexEditing.METHODS.get(0));
        CheckBox unique = new CheckBox("unique");
        unique.setId("new-index-unique");
        Label message = FieldCommit.messageLabel("add-index-message");
        var add = EditRows.commandButton("add-index-button", "Add index", message, () -> editing.addIndex(new IndexForm(
                EditRows.text(name).getText(), EditRows.text(keys).getText(), method.getValue(), unique.isSelected(),
                EditRows.text(include).getText(), EditRows.text(where).getText())));
        return new VBox(2, EditRows.caption("New index"), name, keys, new FlowPane(6, 2, method, unique), include, where,
                add, message);
    }
}

package dev.lintel.app.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The inspector's constraint section for a selected table: the constraints with a drop button
 * each, then add rows for a UNIQUE (columns), a CHECK (expression) and a foreign key (columns,
 * referenced table and columns, ON DELETE / ON UPDATE). Ids: {@code constraint-drop-0},
 * {@code new-check-expression}, {@code add-check-button}, ...
 */
final class ConstraintFields {
    private final InspectorViewModel viewModel;
    private final ConstraintEditing editing;

    ConstraintFields(InspectorViewModel viewModel) {
        this.viewModel = viewModel;
        this.editing = viewModel.constraintEditing();
    }

    List<Node> build() {
        List<DefinitionRow> rows = viewModel.constraintsProperty().get();
        List<Node> nodes = new ArrayList<>();
        nodes.add(TableFields.section("Constraints (" + rows.size() + ")"));
        VBox list = new VBox(6);
        list.setId("inspector-constraints");
        Label dropMessage = FieldCommit.messageLabel("constraint-drop-message");
        for (int i = 0; i < rows.size(); i++) {
            DefinitionRow row = rows.get(i);
            Label name = new Label(row.kind() + "  " + (row.name() == null ? "(unnamed)" : row.name()));
            name.getStyleClass().add("inspector-definition-name");
            Label definition = new Label(row.definition());
            definition.setWrapText(true);
            definition.getStyleClass().add("code");
            Node head = row.name() == null ? name : new HBox(4, name, EditRows.iconButton("constraint-drop-" + i,
                    Feather.TRASH_2, "Drop " + row.name(), () -> EditRows.show(dropMessage, editing.dropConstraint(row.name()))));
            list.getChildren().add(new VBox(1, head, definition));
        }
        // The list holds the constraints only; the add rows follow it.
        nodes.add(list);
        VBox add = new VBox(6, dropMessage, uniqueRow(), checkRow(), foreignKeyRow());
        add.setId("inspector-constraint-add");
        nodes.add(add);
        return nodes;
    }

    private Node uniqueRow() {
        VBox name = EditRows.addField("new-unique-name", "name (optional)", editing::checkName);
        VBox columns = EditRows.addField("new-unique-columns", "columns, e.g. tenant_id, email", c -> c.isBlank()
                ? FieldMessage.NONE : editing.checkColumns(c));
        Label message = FieldCommit.messageLabel("add-unique-message");
        var add = EditRows.commandButton("add-unique-button", "Add unique", message,
                () -> editing.addUnique(EditRows.text(name).getText(), EditRows.text(columns).getText()));
        return new VBox(2, EditRows.caption("New unique constraint"), name, columns, add, message);
    }

    private Node checkRow() {
        VBox name = EditRows.addField("new-check-name", "name (optional)", editing::checkName);
        VBox expression = EditRows.addField("new-check-expression", "expression, e.g. total >= 0", e -> e.isBlank()
                ? FieldMessage.NONE : editing.checkExpression(e));
        Label message = FieldCommit.messageLabel("add-check-message");
        var add = EditRows.commandButton("add-check-button", "Add check", message,
                () -> editing.addCheck(EditRows.text(name).getText(), EditRows.text(expression).getText()));
        return new VBox(2, EditRows.caption("New check constraint"), name, expression, add, message);
    }

    private Node foreignKeyRow() {
        VBox name = EditRows.addField("new-fk-name", "name (optional)", editing::checkName);
        VBox columns = EditRows.addField("new-fk-columns", "columns, e.g. user_id", c -> c.isBlank()
                ? FieldMessage.NONE : editing.checkColumns(c));
        VBox target = EditRows.addField("new-fk-table", "referenced table", t -> t.isBlank()
                ? FieldMessage.NONE : editing.checkTargetTable(t));
        VBox targetColumns = EditRows.addField("new-fk-target-columns", "referenced columns (blank: its primary key)",
                c -> editing.checkTargetColumns(EditRows.text(target).getText(), c));
        ComboBox<String> onDelete = EditRows.choice("new-fk-on-delete", ConstraintEditing.ACTIONS, ConstraintEditing.ACTIONS.get(0));
        ComboBox<String> onUpdate = EditRows.choice("new-fk-on-update", ConstraintEditing.ACTIONS, ConstraintEditing.ACTIONS.get(0));
        Label message = FieldCommit.messageLabel("add-fk-message");
        var add = EditRows.commandButton("add-fk-button", "Add foreign key", message, () -> editing.addForeignKey(
                new ForeignKeyForm(EditRows.text(name).getText(), EditRows.text(columns).getText(), EditRows.text(target).getText(),
                        EditRows.text(targetColumns).getText(), onDelete.getValue(), onUpdate.getValue())));
        return new VBox(2, EditRows.caption("New foreign key"), name, columns, target, targetColumns,
                new FlowPane(6, 2, new Label("ON DELETE"), onDelete, new Label("ON UPDATE"), onUpdate), add, message);
    }
}

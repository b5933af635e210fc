package dev.lintel.app.inspector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Builds the editable part of the inspector for a selected table: name, schema and comment fields,
 * and the column grid (name, type, NOT NULL, PK, UQ, default, comment, move and delete) with the
 * add-column row. Every text field is registered in Tab order with its commit, so that the view can
 * commit and move on even though a commit rebuilds the fields.
 */
final class TableFields {
    private final InspectorViewModel viewModel;
    private final TableEditing editing;
    /** Text fields in Tab order, by id, with their commits. */
    final Map<String, FieldCommit> commits = new LinkedHashMap<>();
    private final Map<String, CheckBox> checks = new LinkedHashMap<>();
    // The table and column names the fields were built for; see refresh().
    private String shape;
    // Tells the view where the focus goes once the command's edit has rebuilt the fields.
    private final java.util.function.Consumer<String> focusAfterRebuild;

    TableFields(InspectorViewModel viewModel, java.util.function.Consumer<String> focusAfterRebuild) {
        this.viewModel = viewModel;
        this.editing = viewModel.editing();
        this.focusAfterRebuild = focusAfterRebuild;
    }

    /**
     * Shows the view-model's current values in the fields already built, when the table and its
     * columns (names, order) are the same; false when they are not and the fields must be built
     * again. Rebuilding costs tens of milliseconds (every text field brings a skin with its context
     * menu, every tooltip a popup): an edit that changes a value must not pay that while the user types.
     */
    boolean refresh() {
        if (!shapeOf(viewModel).equals(shape)) {
            return false;
        }
        set("inspector-name", viewModel.tableNameProperty().get());
        set("inspector-schema", viewModel.schemaNameProperty().get());
        set("inspector-comment-field", viewModel.commentProperty().get());
        List<ColumnRow> columns = viewModel.columnsProperty().get();
        for (int i = 0; i < columns.size(); i++) {
            ColumnRow c = columns.get(i);
            boolean pk = c.keys().contains("PK");
            set("col-name-" + i, c.name());
            set("col-type-" + i, c.type());
            set("col-default-" + i, c.defaultText());
            set("col-comment-" + i, c.comment());
            CheckBox notNull = checks.get("col-nn-" + i);
            notNull.setSelected(!c.nullable());
            notNull.setDisable(pk);
            checks.get("col-pk-" + i).setSelected(pk);
            checks.get("col-uq-" + i).setSelected(c.keys().contains("UQ"));
        }
        return true;
    }

    private void set(String id, String value) {
        commits.get(id).reset(value);
    }

    private static String shapeOf(InspectorViewModel viewModel) {
        return viewModel.titleProperty().get() + "|" + viewModel.columnsProperty().get().stream().map(ColumnRow::name).toList();
    }

    List<Node> build() {
        shape = shapeOf(viewModel);
        List<Node> nodes = new ArrayList<>();
        nodes.add(labelled("Name", text("inspector-name", viewModel.tableNameProperty().get(), "table name",
                editing::checkTableName, editing::renameTable)));
        nodes.add(labelled("Schema", text("inspector-schema", viewModel.schemaNameProperty().get(), "schema",
                editing::checkSchemaName, editing::moveToSchema)));
        nodes.add(labelled("Comment", text("inspector-comment-field", viewModel.commentProperty().get(), "comment",
                null, editing::setTableComment)));
        List<ColumnRow> columns = viewModel.columnsProperty().get();
        nodes.add(section("Columns (" + columns.size() + ")"));
        nodes.add(columnGrid(columns));
        return nodes;
    }

    private GridPane columnGrid(List<ColumnRow> columns) {
        GridPane grid = new GridPane();
        grid.setId("inspector-columns");
        grid.getStyleClass().addAll("inspector-grid", "inspector-edit-grid");
        grid.setHgap(4);
        grid.setVgap(2);
        int r = 0;
        grid.addRow(r++, header("Name"), header("Type"), header("NN"), header("PK"), header("UQ"));
        for (int i = 0; i < columns.size(); i++) {
            r = columnRows(grid, r, i, columns.get(i), columns.size());
        }
        TextField newName = text("new-column-name", "", "new column", n -> editing.checkColumnName(null, n), n -> FieldMessage.NONE);
        TextField newType = new TextField();
        newType.setId("new-column-type");
        newType.setPromptText("type, e.g. text");
        TypeCompletion.install(newType, editing::suggestTypes);
        Label typeMessage = FieldCommit.messageLabel("new-column-type-message");
        commits.put(newType.getId(), FieldCommit.install(newType, typeMessage, editing::checkType, type -> {
            if (newName.getText().isBlank() && type.isBlank()) {
                return FieldMessage.NONE;
            }
            focusAfterRebuild.accept("new-column-name");
            FieldMessage added = editing.addColumn(newName.getText(), type);
            if (added.error()) {
                focusAfterRebuild.accept(null);
            }
            return added;
        }));
        // Enter on the name goes on to the type; Enter on the type adds the column.
        newName.setOnAction(e -> newType.requestFocus());
        newType.setOnAction(e -> commits.get(newType.getId()).commit());
        grid.addRow(r++, newName, newType);
        grid.add(messageOf(newName), 0, r);
        grid.add(typeMessage, 1, r, 4, 1);
        return grid;
    }

    private int columnRows(GridPane grid, int r, int i, ColumnRow c, int count) {
        String col = c.name();
        boolean pk = c.keys().contains("PK");
        TextField name = text("col-name-" + i, col, "name", n -> editing.checkColumnName(col, n), n -> editing.renameColumn(col, n));
        TextField type = text("col-type-" + i, c.type(), "type", editing::checkType, t -> editing.setType(col, t));
        TypeCompletion.install(type, editing::suggestTypes);
        CheckBox notNull = check("col-nn-" + i, !c.nullable(), "NOT NULL", v -> editing.setNotNull(col, v));
        // A primary-key column is NOT NULL by definition: the box shows it and cannot undo it.
        notNull.setDisable(pk);
        CheckBox inKey = check("col-pk-" + i, pk, "Primary key", v -> editing.setPrimaryKey(col, v));
        CheckBox unique = check("col-uq-" + i, c.keys().contains("UQ"), "UNIQUE", v -> editing.setUnique(col, v));
        grid.addRow(r++, name, type, notNull, inKey, unique);
        grid.add(messageOf(name), 0, r);
        grid.add(messageOf(type), 1, r++, 4, 1);
        TextField dflt = text("col-default-" + i, c.defaultText(), "default", null, d -> editing.setDefault(col, d));
        TextField comment = text("col-comment-" + i, c.comment(), "comment", null, t -> editing.setColumnComment(col, t));
        Button up = button("col-up-" + i, Feather.ARROW_UP, "Move up", i > 0, () -> {
            focusAfterRebuild.accept("col-name-" + (i - 1));
            editing.moveColumn(col, -1);
        });
        Button down = button("col-down-" + i, Feather.ARROW_DOWN, "Move down", i < count - 1, () -> {
            focusAfterRebuild.accept("col-name-" + (i + 1));
            editing.moveColumn(col, +1);
        });
        Button delete = button("col-delete-" + i, Feather.TRASH_2, "Delete column " + col, true, () -> editing.deleteColumn(col));
        grid.add(dflt, 0, r);
        grid.add(comment, 1, r);
        grid.add(new HBox(2, up, down, delete), 2, r++, 3, 1);
        grid.add(messageOf(dflt), 0, r++, 5, 1);
        return r;
    }

    private final Map<TextField, Label> messages = new LinkedHashMap<>();

    private Label messageOf(TextField field) {
        return messages.get(field);
    }

    private TextField text(String id, String value, String prompt, Function<String, FieldMessage> check,
                           Function<String, FieldMessage> commit) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(8);
        Label message = FieldCommit.messageLabel(id + "-message");
        messages.put(field, message);
        FieldCommit fc = FieldCommit.install(field, message, check, commit);
        commits.put(id, fc);
        field.setOnAction(e -> fc.commit());
        return field;
    }

    private VBox labelled(String caption, TextField field) {
        Label label = new Label(caption);
        label.getStyleClass().add("inspector-field-label");
        return new VBox(2, label, field, messageOf(field));
    }

    private CheckBox check(String id, boolean value, String tooltip, Function<Boolean, FieldMessage> change) {
        CheckBox box = new CheckBox();
        checks.put(id, box);
        box.setId(id);
        box.setSelected(value);
        box.setTooltip(new Tooltip(tooltip));
        box.setOnAction(e -> change.apply(box.isSelected()));
        return box;
    }

    private static Button button(String id, Feather icon, String tooltip, boolean enabled, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.FLAT);
        b.setTooltip(new Tooltip(tooltip));
        b.setDisable(!enabled);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-grid-header");
        return l;
    }

    static Node section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("inspector-section");
        return label;
    }
}

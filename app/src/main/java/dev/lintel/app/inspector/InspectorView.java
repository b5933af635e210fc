package dev.lintel.app.inspector;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The right-hand inspector: details of the selected table, view or enum type; a table's name,
 * schema, comment and columns are edited in place when the view-model is editable. Each commit
 * rebuilds the fields from the edited schema, so the focus is carried over by node id.
 */
public final class InspectorView extends StackPane {
    private final InspectorViewModel viewModel;
    private final VBox content = new VBox(6);
    private TableFields fields;
    private String pendingFocus;
    // Where the constraint and index lists start in the content, after the editable fields.
    private int definitionsFrom;
    // The constraints and indexes those lists show: an edit that leaves them as they are keeps them.
    private List<DefinitionRow> shownConstraints = List.of();
    private List<IndexForm> shownIndexes = List.of();

    public InspectorView(InspectorViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("inspector");
        setMinWidth(240);

        content.setPadding(new Insets(12));
        content.setId("inspector-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        scroll.setId("inspector-scroll");
        ViewportCache.off(scroll);

        Label placeholder = new Label("Select a table in the outline or the diagram to see its columns, constraints and indexes.");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder-text");
        placeholder.setPadding(new Insets(16));
        placeholder.visibleProperty().bind(viewModel.titleProperty().isEmpty());
        scroll.visibleProperty().bind(viewModel.titleProperty().isNotEmpty());
        getChildren().addAll(scroll, placeholder);

        viewModel.revisionProperty().addListener((obs, old, now) -> rebuild());
        // A new table wants a name: focus the name field with its text selected, ready to type over.
        viewModel.renameRequestsProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(() -> focus("inspector-name")));
        content.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::tabBetweenFields);
        rebuild();
    }

    // Tab commits the field first; the commit rebuilds the fields, so the next one is found by id.
    private void tabBetweenFields(javafx.scene.input.KeyEvent e) {
        if (e.getCode() != javafx.scene.input.KeyCode.TAB || fields == null || getScene() == null
                || !(getScene().getFocusOwner() instanceof javafx.scene.control.TextField field)
                || !fields.commits.containsKey(field.getId())) {
            return;
        }
        e.consume();
        List<String> order = List.copyOf(fields.commits.keySet());
        int at = order.indexOf(field.getId());
        String next = at == order.size() - 1 ? "new-column-name"
                : order.get(Math.floorMod(at + (e.isShiftDown() ? -1 : 1), order.size()));
        if (fields.commits.get(field.getId()).commit()) {
            focus(pendingFocus != null ? pendingFocus : next);
            pendingFocus = null;
        }
    }

    private void focus(String id) {
        Node node = content.lookup("#" + id);
        if (node != null) {
            node.requestFocus();
            if (node instanceof javafx.scene.control.TextField text) {
                text.selectAll();
            }
        }
    }

    private void rebuild() {
        if (fields != null && viewModel.editableProperty().get() && fields.refresh()) {
            // The same table with the same columns: the fields show the new values in place, and the
            // constraint and index editors (a few hundred nodes, each new one styled at the next
            // pulse) are built again only when the edit changed a constraint or an index.
            if (!shownConstraints.equals(viewModel.constraintsProperty().get())
                    || !shownIndexes.equals(viewModel.indexEditing().indexes())) {
                content.getChildren().remove(definitionsFrom, content.getChildren().size());
                addEditableDefinitions();
            }
            if (pendingFocus != null) {
                focus(pendingFocus);
                pendingFocus = null;
            }
            return;
        }
        String focused = getScene() != null && getScene().getFocusOwner() != null
                && content.getChildren().stream().anyMatch(c -> isInside(getScene().getFocusOwner(), c))
                ? getScene().getFocusOwner().getId() : null;
        content.getChildren().clear();
        fields = null;
        if (viewModel.titleProperty().get().isEmpty()) {
            return;
        }
        if (viewModel.editableProperty().get() && viewModel.kindProperty().get().equals("Enum type")) {
            rebuildEnum();
        } else if (viewModel.editableProperty().get()) {
            rebuildEditable();
        } else {
            rebuildReadOnly();
        }
        String target = pendingFocus != null ? pendingFocus : focused;
        pendingFocus = null;
        if (target != null) {
            focus(target);
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void rebuildEditable() {
        Label kind = new Label(viewModel.kindProperty().get().toUpperCase(java.util.Locale.ROOT));
        kind.getStyleClass().add("inspector-kind");
        Label title = new Label(viewModel.titleProperty().get());
        title.setId("inspector-title");
        title.getStyleClass().add(Styles.TITLE_3);
        content.getChildren().addAll(kind, title);
        fields = new TableFields(viewModel, id -> pendingFocus = id);
        content.getChildren().addAll(fields.build());
        definitionsFrom = content.getChildren().size();
        addEditableDefinitions();
    }

    /** The constraint and index editors, rebuilt in place when the same table changes. */
    private void addEditableDefinitions() {
        shownConstraints = viewModel.constraintsProperty().get();
        shownIndexes = viewModel.indexEditing().indexes();
        content.getChildren().addAll(new ConstraintFields(viewModel).build());
        content.getChildren().addAll(new IndexFields(viewModel.indexEditing()).build());
    }

    private void rebuildEnum() {
        Label kind = new Label(viewModel.kindProperty().get().toUpperCase(java.util.Locale.ROOT));
        kind.getStyleClass().add("inspector-kind");
        Label title = new Label(viewModel.titleProperty().get());
        title.setId("inspector-title");
        title.getStyleClass().add(Styles.TITLE_3);
        content.getChildren().addAll(kind, title);
        content.getChildren().addAll(new EnumFields(viewModel.enumEditing()).build());
    }

    private void rebuildReadOnly() {
        Label kind = new Label(viewModel.kindProperty().get().toUpperCase(java.util.Locale.ROOT));
        kind.getStyleClass().add("inspector-kind");
        Label title = new Label(viewModel.titleProperty().get());
        title.setId("inspector-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        content.getChildren().addAll(kind, title);
        if (!viewModel.commentProperty().get().isEmpty()) {
            Label comment = new Label(viewModel.commentProperty().get());
            comment.setWrapText(true);
            comment.getStyleClass().add("inspector-comment");
            content.getChildren().add(comment);
        }
        List<ColumnRow> columns = viewModel.columnsProperty().get();
        if (!columns.isEmpty()) {
            content.getChildren().addAll(section("Columns (" + columns.size() + ")"), columnGrid(columns));
        }
        addDefinitions("Constraints", viewModel.constraintsProperty().get(), "inspector-constraints");
        addDefinitions("Indexes", viewModel.indexesProperty().get(), "inspector-indexes");
        if (!viewModel.definitionProperty().get().isEmpty()) {
            Label definition = new Label(viewModel.definitionProperty().get());
            definition.setWrapText(true);
            definition.getStyleClass().add("code");
            content.getChildren().addAll(section(viewModel.kindProperty().get().equals("Enum type") ? "Values" : "Definition"),
                    definition);
        }
    }

    private GridPane columnGrid(List<ColumnRow> columns) {
        GridPane grid = new GridPane();
        grid.setId("inspector-columns");
        grid.getStyleClass().add("inspector-grid");
        // Keys, names and nullability never truncate; the type column takes what is left and wraps.
        ColumnConstraints typeColumn = new ColumnConstraints();
        typeColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(fixed(), fixed(), typeColumn, fixed());
        int r = 0;
        for (ColumnRow c : columns) {
            Label keys = new Label(c.keys());
            keys.getStyleClass().add("inspector-keys");
            Label colName = new Label(c.name());
            colName.getStyleClass().add(Styles.TEXT_BOLD);
            if (!c.comment().isEmpty()) {
                colName.setTooltip(new Tooltip(c.comment()));
            }
            Label type = new Label(c.type() + (c.defaultText().isEmpty() ? "" : " = " + c.defaultText()));
            type.getStyleClass().add("code");
            type.setWrapText(true);
            Label nullable = new Label(c.nullable() ? "null" : "not null");
            nullable.getStyleClass().add(c.nullable() ? "inspector-nullable" : "inspector-not-null");
            grid.addRow(r++, keys, colName, type, nullable);
        }
        return grid;
    }

    private static ColumnConstraints fixed() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return c;
    }

    private void addDefinitions(String heading, List<DefinitionRow> rows, String id) {
        if (rows.isEmpty()) {
            return;
        }
        VBox list = new VBox(6);
        list.setId(id);
        for (DefinitionRow row : rows) {
            Label name = new Label(row.kind() + "  " + (row.name() == null ? "(unnamed)" : row.name()));
            name.getStyleClass().add("inspector-definition-name");
            Label definition = new Label(row.definition());
            definition.setWrapText(true);
            definition.getStyleClass().add("code");
            list.getChildren().add(new VBox(1, name, definition));
        }
        content.getChildren().addAll(section(heading + " (" + rows.size() + ")"), list);
    }

    private static Node section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("inspector-section");
        return label;
    }
}

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

/** The right-hand inspector: read-only details of the selected table, view or enum type. */
public final class InspectorView extends StackPane {
    private final InspectorViewModel viewModel;
    private final VBox content = new VBox(6);

    public InspectorView(InspectorViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("inspector");
        setMinWidth(240);

        content.setPadding(new Insets(12));
        content.setId("inspector-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);

        Label placeholder = new Label("Select a table in the outline or the diagram to see its columns, constraints and indexes.");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder-text");
        placeholder.setPadding(new Insets(16));
        placeholder.visibleProperty().bind(viewModel.titleProperty().isEmpty());
        scroll.visibleProperty().bind(viewModel.titleProperty().isNotEmpty());
        getChildren().addAll(scroll, placeholder);

        viewModel.revisionProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        content.getChildren().clear();
        if (viewModel.titleProperty().get().isEmpty()) {
            return;
        }
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

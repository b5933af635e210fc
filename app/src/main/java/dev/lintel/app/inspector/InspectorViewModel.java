package dev.lintel.app.inspector;

import dev.lintel.app.canvas.ColumnMarkers;
import dev.lintel.app.editing.SchemaEditor;
import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.View;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The inspector: details of the selected table, view or enum type. With an editor, a selected table
 * is editable through {@link #editing()}; every committed field is one undoable edit.
 */
public final class InspectorViewModel {
    private final ObservableValue<Schema> schema;
    private final ObservableValue<String> selectedObject;

    private final ReadOnlyStringWrapper kind = new ReadOnlyStringWrapper(this, "kind", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper comment = new ReadOnlyStringWrapper(this, "comment", "");
    private final ReadOnlyStringWrapper definition = new ReadOnlyStringWrapper(this, "definition", "");
    private final ReadOnlyObjectWrapper<List<ColumnRow>> columns = new ReadOnlyObjectWrapper<>(this, "columns", List.of());
    private final ReadOnlyObjectWrapper<List<DefinitionRow>> constraints = new ReadOnlyObjectWrapper<>(this, "constraints", List.of());
    private final ReadOnlyObjectWrapper<List<DefinitionRow>> indexes = new ReadOnlyObjectWrapper<>(this, "indexes", List.of());
    private final javafx.beans.property.ReadOnlyIntegerWrapper revision = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "revision");

    private final ReadOnlyStringWrapper tableName = new ReadOnlyStringWrapper(this, "tableName", "");
    private final ReadOnlyStringWrapper schemaName = new ReadOnlyStringWrapper(this, "schemaName", "");
    private final javafx.beans.property.ReadOnlyBooleanWrapper editable = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "editable");
    private final SchemaEditor editor;
    private final TableEditing editing;
    private final IndexEditing indexEditing;
    private final ConstraintEditing constraintEditing;
    private final EnumEditing enumEditing;

    /** A read-only inspector. */
    public InspectorViewModel(ObservableValue<Schema> schema, ObservableValue<String> selectedObject) {
        this(schema, selectedObject, null);
    }

    /** An inspector that edits the selected table through {@code editor} (null: read-only). */
    public InspectorViewModel(ObservableValue<Schema> schema, ObservableValue<String> selectedObject, SchemaEditor editor) {
        this.schema = schema;
        this.selectedObject = selectedObject;
        this.editor = editor;
        this.editing = editor == null ? null : new TableEditing(editor, this::selectedTable);
        this.indexEditing = editor == null ? null : new IndexEditing(editor, this::selectedTable);
        this.constraintEditing = editor == null ? null : new ConstraintEditing(editor, this::selectedTable);
        this.enumEditing = editor == null ? null : new EnumEditing(editor, this::selectedEnum);
        schema.addListener((obs, old, now) -> refresh());
        selectedObject.addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** The selected table's own name (without its schema), for the name field; empty otherwise. */
    public ReadOnlyStringProperty tableNameProperty() {
        return tableName.getReadOnlyProperty();
    }

    /** The selected table's schema (namespace), or empty. */
    public ReadOnlyStringProperty schemaNameProperty() {
        return schemaName.getReadOnlyProperty();
    }

    /** True when a table or enum type is selected and there is an editor: the view shows fields instead of labels. */
    public javafx.beans.property.ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** The edit commands for the selected table; null for a read-only inspector. */
    public TableEditing editing() {
        return editing;
    }

    /** Index commands for the selected table; null for a read-only inspector. */
    public IndexEditing indexEditing() {
        return indexEditing;
    }

    /** Constraint commands for the selected table; null for a read-only inspector. */
    public ConstraintEditing constraintEditing() {
        return constraintEditing;
    }

    /** Value commands for the selected enum type; null for a read-only inspector. */
    public EnumEditing enumEditing() {
        return enumEditing;
    }

    /** Increases when a new table wants its name typed (the view then focuses the name field). */
    public javafx.beans.property.ReadOnlyIntegerProperty renameRequestsProperty() {
        return editor == null ? new javafx.beans.property.ReadOnlyIntegerWrapper().getReadOnlyProperty()
                : editor.renameRequestsProperty();
    }

    /** "Table", "View", "Materialized view", "Enum type", or empty when nothing is selected. */
    public ReadOnlyStringProperty kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty commentProperty() {
        return comment.getReadOnlyProperty();
    }

    /** A view's query or an enum's values; empty for tables. */
    public ReadOnlyStringProperty definitionProperty() {
        return definition.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<ColumnRow>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<DefinitionRow>> constraintsProperty() {
        return constraints.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<DefinitionRow>> indexesProperty() {
        return indexes.getReadOnlyProperty();
    }

    /**
     * Increases once per refresh, after every property above has its new value: the view rebuilds
     * on this instead of on each property, so it never draws a half-updated mix.
     */
    public javafx.beans.property.ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    private void refresh() {
        try {
            fill();
        } finally {
            revision.set(revision.get() + 1);
        }
    }

    private void fill() {
        clear();
        String selected = selectedObject.getValue();
        if (selected == null) {
            return;
        }
        ObjectPath path;
        try {
            path = ObjectPath.parse(selected);
        } catch (IllegalArgumentException e) {
            return; // a path from elsewhere (a finding of a deleted object): show nothing rather than fail
        }
        Schema s = schema.getValue();
        switch (path.kind()) {
            case TABLE -> s.table(path.owner()).ifPresent(this::showTable);
            case VIEW -> s.view(path.owner()).ifPresent(this::showView);
            case ENUM -> s.enumType(path.owner()).ifPresent(this::showEnum);
            default -> { }
        }
    }

    private java.util.Optional<Table> selectedTable() {
        return selectedPath(ObjectPath.Kind.TABLE).flatMap(p -> schema.getValue().table(p.owner()));
    }

    private java.util.Optional<EnumType> selectedEnum() {
        return selectedPath(ObjectPath.Kind.ENUM).flatMap(p -> schema.getValue().enumType(p.owner()));
    }

    private java.util.Optional<ObjectPath> selectedPath(ObjectPath.Kind kind) {
        try {
            String selected = selectedObject.getValue();
            ObjectPath path = selected == null ? null : ObjectPath.parse(selected);
            return path != null && path.kind() == kind ? java.util.Optional.of(path) : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private void clear() {
        tableName.set("");
        schemaName.set("");
        editable.set(false);
        kind.set("");
        title.set("");
        comment.set("");
        definition.set("");
        columns.set(List.of());
        constraints.set(List.of());
        indexes.set(List.of());
    }

    private void showTable(Table t) {
        kind.set(t.isPartitioned() ? "Partitioned table" : t.isPartition() ? "Partition" : "Table");
        title.set(t.name().toString());
        tableName.set(t.name().name());
        schemaName.set(t.name().schema() == null ? "" : t.name().schema());
        editable.set(editor != null);
        comment.set(t.comment() == null ? "" : t.comment());
        columns.set(t.columns().stream().map(c -> new ColumnRow(
                c.name(),
                ColumnMarkers.typeText(c.type()),
                c.nullable(),
                ColumnMarkers.keysOf(t, c.name()),
                DefinitionText.defaultOf(c),
                c.comment() == null ? "" : c.comment())).toList());
        constraints.set(t.constraints().stream().map(DefinitionText::of).toList());
        indexes.set(t.indexes().stream().map(DefinitionText::of).toList());
    }

    private void showView(View v) {
        kind.set(v.materialized() ? "Materialized view" : "View");
        title.set(v.name().toString());
        comment.set(v.comment() == null ? "" : v.comment());
        definition.set(v.definition().strip());
    }

    private void showEnum(EnumType e) {
        kind.set("Enum type");
        title.set(e.name().toString());
        editable.set(editor != null);
        comment.set(e.comment() == null ? "" : e.comment());
        definition.set(String.join("\n", e.values()));
    }
}

package dev.lintel.app.inspector;

import dev.lintel.app.canvas.ColumnMarkers;
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
 * The read-only inspector: details of the selected table, view or enum type. Editing arrives in a
 * later issue; it will add commands here, not in the view.
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

    public InspectorViewModel(ObservableValue<Schema> schema, ObservableValue<String> selectedObject) {
        this.schema = schema;
        this.selectedObject = selectedObject;
        schema.addListener((obs, old, now) -> refresh());
        selectedObject.addListener((obs, old, now) -> refresh());
        refresh();
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

    private void clear() {
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
        comment.set(e.comment() == null ? "" : e.comment());
        definition.set(String.join("\n", e.values()));
    }
}

package dev.lintel.app.shell;

import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The schema outline: schemas, then groups of tables, views and enum types, filtered by name.
 * Recomputed as a whole on each change: cheap next to drawing, and the view rebuilds its tree anyway.
 */
public final class OutlineViewModel {
    private final ObservableValue<Schema> schema;
    private final ReadOnlyObjectProperty<String> selectedObject;
    private final Consumer<String> select;

    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private List<dev.lintel.app.canvas.SubjectAreaShape> areas = List.of();
    private final ReadOnlyObjectWrapper<List<OutlineNode>> roots = new ReadOnlyObjectWrapper<>(this, "roots", List.of());

    OutlineViewModel(ObservableValue<Schema> schema, ReadOnlyObjectProperty<String> selectedObject, Consumer<String> select) {
        this.schema = schema;
        this.selectedObject = selectedObject;
        this.select = select;
        schema.addListener((obs, old, now) -> rebuild());
        filter.addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    /** Case-insensitive substring filter on object names; editable by the view. */
    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<List<OutlineNode>> rootsProperty() {
        return roots.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> selectedObjectProperty() {
        return selectedObject;
    }

    public void select(String objectPath) {
        if (!Objects.equals(objectPath, selectedObject.get())) {
            select.accept(objectPath);
        }
    }

    /** The document's subject areas changed: list them under "Subject Areas", after the schemas. */
    public void showSubjectAreas(List<dev.lintel.app.canvas.SubjectAreaShape> now) {
        areas = List.copyOf(now);
        rebuild();
    }

    private void rebuild() {
        List<OutlineNode> out = new ArrayList<>(build(schema.getValue(), filter.get()));
        OutlineNode areaGroup = SubjectAreaNodes.group(areas, schema.getValue(), filter.get());
        if (areaGroup != null) {
            out.add(areaGroup);
        }
        roots.set(List.copyOf(out));
    }

    static List<OutlineNode> build(Schema s, String filterText) {
        String needle = filterText == null ? "" : filterText.strip().toLowerCase(Locale.ROOT);
        TreeSet<String> schemaNames = new TreeSet<>();
        s.tables().forEach(t -> schemaNames.add(schemaOf(t.name())));
        s.views().forEach(v -> schemaNames.add(schemaOf(v.name())));
        s.enums().forEach(e -> schemaNames.add(schemaOf(e.name())));

        List<OutlineNode> out = new ArrayList<>();
        for (String schemaName : schemaNames) {
            List<OutlineNode> groups = new ArrayList<>();
            addGroup(groups, "Tables", s.tables().stream()
                    .filter(t -> schemaOf(t.name()).equals(schemaName) && matches(t.name(), needle))
                    .map(OutlineViewModel::tableNode).toList());
            addGroup(groups, "Views", s.views().stream()
                    .filter(v -> schemaOf(v.name()).equals(schemaName) && matches(v.name(), needle))
                    .map(OutlineViewModel::viewNode).toList());
            addGroup(groups, "Enum types", s.enums().stream()
                    .filter(e -> schemaOf(e.name()).equals(schemaName) && matches(e.name(), needle))
                    .map(OutlineViewModel::enumNode).toList());
            if (!groups.isEmpty()) {
                out.add(new OutlineNode(OutlineNode.Kind.SCHEMA, schemaName, null, groups));
            }
        }
        return List.copyOf(out);
    }

    private static void addGroup(List<OutlineNode> groups, String label, List<OutlineNode> members) {
        if (!members.isEmpty()) {
            groups.add(new OutlineNode(OutlineNode.Kind.GROUP, label + " (" + members.size() + ")", null, members));
        }
    }

    private static OutlineNode tableNode(Table t) {
        return OutlineNode.leaf(OutlineNode.Kind.TABLE, t.name().name(), ObjectPath.table(t.name()).toString());
    }

    private static OutlineNode viewNode(View v) {
        return OutlineNode.leaf(OutlineNode.Kind.VIEW, v.name().name(),
                ObjectPath.of(ObjectPath.Kind.VIEW, v.name()).toString());
    }

    private static OutlineNode enumNode(EnumType e) {
        return OutlineNode.leaf(OutlineNode.Kind.ENUM, e.name().name(),
                ObjectPath.of(ObjectPath.Kind.ENUM, e.name()).toString());
    }

    private static boolean matches(QualifiedName name, String needle) {
        return needle.isEmpty() || name.name().toLowerCase(Locale.ROOT).contains(needle);
    }

    // Objects without a schema (a plain H2 or MySQL script) still need a home in the tree.
    private static String schemaOf(QualifiedName name) {
        return name.schema() == null ? "(default schema)" : name.schema();
    }
}

package dev.lintel.app.shell;

import dev.lintel.app.canvas.SubjectAreaShape;
import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outline's "Subject Areas" group: one node per area (its name and member count), holding its
 * members that exist in the schema. With a filter, an area is listed when its name or one of its
 * members' names matches.
 */
final class SubjectAreaNodes {
    static final String GROUP_LABEL = "Subject Areas";

    private SubjectAreaNodes() {
    }

    /** The group, or null when there is no area to list. */
    static OutlineNode group(List<SubjectAreaShape> areas, Schema schema, String filterText) {
        if (areas.isEmpty()) {
            return null;
        }
        String needle = filterText == null ? "" : filterText.strip().toLowerCase(Locale.ROOT);
        Map<String, OutlineNode> objects = new HashMap<>();
        for (Table t : schema.tables()) {
            String path = ObjectPath.table(t.name()).toString();
            objects.put(path, OutlineNode.leaf(OutlineNode.Kind.TABLE, t.name().name(), path));
        }
        for (View v : schema.views()) {
            String path = ObjectPath.of(ObjectPath.Kind.VIEW, v.name()).toString();
            objects.put(path, OutlineNode.leaf(OutlineNode.Kind.VIEW, v.name().name(), path));
        }
        for (EnumType e : schema.enums()) {
            String path = ObjectPath.of(ObjectPath.Kind.ENUM, e.name()).toString();
            objects.put(path, OutlineNode.leaf(OutlineNode.Kind.ENUM, e.name().name(), path));
        }
        List<OutlineNode> nodes = new ArrayList<>();
        for (SubjectAreaShape area : areas) {
            List<OutlineNode> members = area.members().stream().map(objects::get).filter(n -> n != null).toList();
            boolean named = area.name().toLowerCase(Locale.ROOT).contains(needle);
            List<OutlineNode> shown = named ? members
                    : members.stream().filter(m -> m.label().toLowerCase(Locale.ROOT).contains(needle)).toList();
            if (named || !shown.isEmpty()) {
                nodes.add(new OutlineNode(OutlineNode.Kind.AREA, area.name() + " (" + members.size() + ")",
                        area.nodeId(), shown));
            }
        }
        return nodes.isEmpty() ? null : new OutlineNode(OutlineNode.Kind.GROUP, GROUP_LABEL, null, nodes);
    }
}

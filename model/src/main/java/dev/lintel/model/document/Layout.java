package dev.lintel.model.document;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where things are on the canvas. Kept apart from the schema (and in its own file section) so
 * that moving a card never touches schema lines, and schema edits never touch layout lines.
 * Keys are {@code ObjectPath} strings.
 */
public record Layout(Map<String, Position> positions, List<SubjectArea> subjectAreas) {
    public Layout {
        positions = positions == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(positions));
        subjectAreas = subjectAreas == null ? List.of() : List.copyOf(subjectAreas);
    }

    public static Layout empty() {
        return new Layout(Map.of(), List.of());
    }

    public Layout withPosition(String objectPath, Position p) {
        TreeMap<String, Position> next = new TreeMap<>(positions);
        next.put(objectPath, p);
        return new Layout(next, subjectAreas);
    }
}

package dev.lintel.app.shell;

import java.util.List;

/**
 * One entry of the schema outline, in display form.
 *
 * @param objectPath the object's path for selection ({@code table:public.orders}); null for schemas and groups;
 *        for a subject area, {@code area:} and its name (not selectable, the area commands use it)
 */
public record OutlineNode(Kind kind, String label, String objectPath, List<OutlineNode> children) {
    public enum Kind { SCHEMA, GROUP, TABLE, VIEW, ENUM, AREA }

    public OutlineNode {
        children = List.copyOf(children);
    }

    /** The subject area's name, for an {@link Kind#AREA} node; else null. */
    public String areaName() {
        return kind == Kind.AREA ? objectPath.substring(dev.lintel.app.canvas.SubjectAreaShape.NODE_PREFIX.length()) : null;
    }

    public static OutlineNode leaf(Kind kind, String label, String objectPath) {
        return new OutlineNode(kind, label, objectPath, List.of());
    }
}

package dev.lintel.app.shell;

import java.util.List;

/**
 * One entry of the schema outline, in display form.
 *
 * @param objectPath the object's path for selection ({@code table:public.orders}); null for schemas and groups
 */
public record OutlineNode(Kind kind, String label, String objectPath, List<OutlineNode> children) {
    public enum Kind { SCHEMA, GROUP, TABLE, VIEW, ENUM }

    public OutlineNode {
        children = List.copyOf(children);
    }

    public static OutlineNode leaf(Kind kind, String label, String objectPath) {
        return new OutlineNode(kind, label, objectPath, List.of());
    }
}

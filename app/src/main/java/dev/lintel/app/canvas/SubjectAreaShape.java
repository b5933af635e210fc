package dev.lintel.app.canvas;

import java.util.List;

/**
 * A subject area in display form: its name, colour (hex), member object paths, and whether the
 * canvas draws it collapsed to a single labelled box.
 */
public record SubjectAreaShape(String name, String colour, List<String> members, boolean collapsed) {
    /** The prefix of the node that stands for a collapsed area in the shown layout. */
    public static final String NODE_PREFIX = "area:";

    public SubjectAreaShape {
        members = List.copyOf(members);
    }

    /** The id of the box that replaces the members while the area is collapsed. */
    public String nodeId() {
        return NODE_PREFIX + name;
    }
}

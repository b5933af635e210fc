package dev.lintel.model.layout;

import java.util.List;
import java.util.Objects;

/**
 * A subject area as the diagram draws it: a tinted frame around its members' cards with its name
 * above them. The frame's geometry is decided here for the canvas and both exports.
 *
 * @param colour {@code #rrggbb}
 * @param members object paths; those without a box in the layout are ignored
 */
public record DiagramArea(String name, String colour, List<String> members) {
    /** Space between the members' cards and the frame. */
    public static final double PAD = 16;
    /** Height of the name band above the cards. */
    public static final double LABEL = 26;

    public DiagramArea {
        Objects.requireNonNull(name, "name");
        colour = colour == null || !colour.matches("#[0-9a-fA-F]{6}") ? "#3b82f6" : colour;
        members = List.copyOf(members);
    }

    /** The frame around the members placed in {@code layout}, or null when none is. */
    public Rect frame(DiagramLayout layout) {
        Rect union = null;
        for (String member : members) {
            Rect r = layout.nodes().get(member);
            if (r != null) {
                union = union == null ? r : union.union(r);
            }
        }
        return union == null ? null : frameAround(union);
    }

    /** The frame around cards covering {@code cards}. */
    public static Rect frameAround(Rect cards) {
        return new Rect(cards.x() - PAD, cards.y() - PAD - LABEL, cards.width() + 2 * PAD, cards.height() + 2 * PAD + LABEL);
    }
}

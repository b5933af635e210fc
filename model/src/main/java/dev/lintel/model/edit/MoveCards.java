package dev.lintel.model.edit;

import dev.lintel.model.document.Position;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Schema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Cards moved on the canvas by one gesture: a drag of the selection, Align left, Distribute.
 * Positions are not part of the schema (they live in the document's layout), so the schema passes
 * through unchanged; the edit is in the history so that moves are undone and redone in turn with
 * the schema edits around them. After each step the window puts the cards at {@link #to()}, which
 * for the inverse is where they were before.
 *
 * @param from where each card was (object path to top-left corner, diagram units)
 * @param to where each card goes; the same cards as {@code from}
 */
public record MoveCards(String label, Map<String, Position> from, Map<String, Position> to) implements Edit {
    public MoveCards {
        Objects.requireNonNull(label, "label");
        from = Collections.unmodifiableMap(new LinkedHashMap<>(from));
        to = Collections.unmodifiableMap(new LinkedHashMap<>(to));
        if (to.isEmpty() || !from.keySet().equals(to.keySet())) {
            throw new IllegalArgumentException("a move names the same cards before and after: " + from.keySet() + " " + to.keySet());
        }
    }

    /** Strict like every edit: a card whose table, view or enum type is not in the schema refuses the move. */
    @Override
    public Schema change(Schema s) {
        for (String card : to.keySet()) {
            if (!exists(s, card)) {
                throw new EditException("There is no card " + card);
            }
        }
        return s;
    }

    @Override
    public Edit inverseAgainst(Schema before) {
        return new MoveCards(label, to, from);
    }

    /** {@code positions} with the moved cards at their new places. */
    public Map<String, Position> appliedTo(Map<String, Position> positions) {
        Map<String, Position> out = new LinkedHashMap<>(positions);
        out.putAll(to);
        return out;
    }

    /**
     * Where the moves inside an applied edit (itself, or the parts of a composite, in order) put
     * their cards; empty for an edit that moves none.
     */
    public static Map<String, Position> targetsOf(Edit applied) {
        Map<String, Position> out = new LinkedHashMap<>();
        collect(applied, out);
        return out;
    }

    private static void collect(Edit edit, Map<String, Position> out) {
        if (edit instanceof MoveCards m) {
            out.putAll(m.to());
        } else if (edit instanceof Composite c) {
            c.edits().forEach(part -> collect(part, out));
        }
    }

    private static boolean exists(Schema s, String card) {
        ObjectPath path;
        try {
            path = ObjectPath.parse(card);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return switch (path.kind()) {
            case TABLE -> s.table(path.owner()).isPresent();
            case VIEW -> s.view(path.owner()).isPresent();
            case ENUM -> s.enumType(path.owner()).isPresent();
            default -> false;
        };
    }
}

package dev.lintel.app.canvas;

import dev.lintel.model.layout.Point;
import dev.lintel.model.layout.Rect;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Align and distribute for selected cards, as drawing tools do: align to the selection's outer
 * edge or centre line; distribute with equal gaps between neighbours, the first and last card
 * staying where they are (unless the gaps would go below {@link #MIN_GAP}: cards are not made to
 * overlap, the row or column grows instead).
 */
public enum CardArrangement {
    ALIGN_LEFT("Align left", 2, "align-left"),
    CENTRE_HORIZONTALLY("Centre horizontally", 2, "centre-horizontally"),
    ALIGN_RIGHT("Align right", 2, "align-right"),
    ALIGN_TOP("Align top", 2, "align-top"),
    CENTRE_VERTICALLY("Centre vertically", 2, "centre-vertically"),
    ALIGN_BOTTOM("Align bottom", 2, "align-bottom"),
    DISTRIBUTE_HORIZONTALLY("Distribute horizontally", 3, "distribute-horizontally"),
    DISTRIBUTE_VERTICALLY("Distribute vertically", 3, "distribute-vertically");

    /** The smallest gap Distribute leaves between two cards (diagram units). */
    public static final double MIN_GAP = 24;

    private final String label;
    private final int minimum;
    private final String id;

    CardArrangement(String label, int minimum, String id) {
        this.label = label;
        this.minimum = minimum;
        this.id = id;
    }

    /** "Align left": the menu item and, with the count, the undo entry. */
    public String label() {
        return label;
    }

    /** How many cards must be selected for this to mean anything. */
    public int minimum() {
        return minimum;
    }

    /** For node ids ("menu-align-left"). */
    public String id() {
        return id;
    }

    /** The new top-left corner of every card in {@code cards} (boxes by object path). */
    public Map<String, Point> arrange(Map<String, Rect> cards) {
        Map<String, Point> out = new LinkedHashMap<>();
        if (cards.isEmpty()) {
            return out;
        }
        Rect bounds = cards.values().stream().reduce(Rect::union).orElseThrow();
        if (this == DISTRIBUTE_HORIZONTALLY || this == DISTRIBUTE_VERTICALLY) {
            return distribute(cards, this == DISTRIBUTE_HORIZONTALLY);
        }
        cards.forEach((id, r) -> out.put(id, switch (this) {
            case ALIGN_LEFT -> new Point(bounds.x(), r.y());
            case ALIGN_RIGHT -> new Point(bounds.maxX() - r.width(), r.y());
            case ALIGN_TOP -> new Point(r.x(), bounds.y());
            case ALIGN_BOTTOM -> new Point(r.x(), bounds.maxY() - r.height());
            case CENTRE_HORIZONTALLY -> new Point(bounds.centerX() - r.width() / 2, r.y());
            case CENTRE_VERTICALLY -> new Point(r.x(), bounds.centerY() - r.height() / 2);
            default -> throw new IllegalStateException(name());
        }));
        return out;
    }

    private static Map<String, Point> distribute(Map<String, Rect> cards, boolean horizontally) {
        ToDoubleFunction<Rect> start = horizontally ? Rect::x : Rect::y;
        ToDoubleFunction<Rect> length = horizontally ? Rect::width : Rect::height;
        List<Map.Entry<String, Rect>> order = new ArrayList<>(cards.entrySet());
        // By centre, so that a small card inside a big one's span keeps its place in the row.
        order.sort(Comparator.<Map.Entry<String, Rect>>comparingDouble(e -> start.applyAsDouble(e.getValue())
                + length.applyAsDouble(e.getValue()) / 2).thenComparing(Map.Entry::getKey));
        Rect first = order.get(0).getValue();
        Rect last = order.get(order.size() - 1).getValue();
        double span = start.applyAsDouble(last) + length.applyAsDouble(last) - start.applyAsDouble(first);
        double total = order.stream().mapToDouble(e -> length.applyAsDouble(e.getValue())).sum();
        double gap = Math.max(MIN_GAP, (span - total) / (order.size() - 1));
        Map<String, Point> out = new LinkedHashMap<>();
        double at = start.applyAsDouble(first);
        for (Map.Entry<String, Rect> e : order) {
            Rect r = e.getValue();
            out.put(e.getKey(), horizontally ? new Point(at, r.y()) : new Point(r.x(), at));
            at += length.applyAsDouble(r) + gap;
        }
        return out;
    }
}

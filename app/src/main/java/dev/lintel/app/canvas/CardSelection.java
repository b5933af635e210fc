package dev.lintel.app.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The cards selected on the canvas: one (a click), several (Shift or Ctrl+click, a rubber band,
 * Ctrl+A) or none. The window's selected object, which the inspector shows, is one of them: the
 * card picked last. Selecting something elsewhere (the outline, a finding) selects its card alone,
 * unless that card is already part of the selection.
 */
public final class CardSelection {
    private final DiagramViewModel diagram;
    private final ReadOnlyObjectWrapper<Set<String>> cards = new ReadOnlyObjectWrapper<>(this, "cards", Set.of());
    // True while this class moves the window's selection itself, so its listener leaves the cards alone.
    private boolean ours;

    CardSelection(DiagramViewModel diagram) {
        this.diagram = diagram;
        diagram.selectedObjectProperty().addListener((obs, old, now) -> {
            if (!ours) {
                String table = diagram.selectedTable();
                if (table == null || !cards.get().contains(table)) {
                    cards.set(table == null ? Set.of() : Set.of(table));
                }
            }
        });
        // Cards whose table went away (a delete, an undone paste) leave the selection.
        diagram.diagramProperty().addListener((obs, old, now) -> {
            Set<String> kept = new LinkedHashSet<>(cards.get());
            if (kept.retainAll(now.layout().nodes().keySet())) {
                cards.set(Collections.unmodifiableSet(kept));
            }
        });
    }

    // Properties ------------------------------------------------------------------------------

    /** The selected cards' object paths, in the order they were picked; never null. */
    public ReadOnlyObjectProperty<Set<String>> cardsProperty() {
        return cards.getReadOnlyProperty();
    }

    public Set<String> cards() {
        return cards.get();
    }

    public boolean contains(String card) {
        return cards.get().contains(card);
    }

    public int size() {
        return cards.get().size();
    }

    /** The selected cards that are tables (views and enum types have cards too), as object paths. */
    public List<String> tables() {
        return cards.get().stream().filter(c -> c.startsWith("table:")).toList();
    }

    // Commands --------------------------------------------------------------------------------

    /** A plain click: this card alone. */
    public void selectOnly(String card) {
        set(List.of(card), card);
    }

    /** Shift or Ctrl+click: adds the card, or takes it out when it was selected. */
    public void toggle(String card) {
        List<String> next = new ArrayList<>(cards.get());
        if (next.remove(card)) {
            set(next, next.isEmpty() ? null : next.get(next.size() - 1));
        } else {
            next.add(card);
            set(next, card);
        }
    }

    /** Makes {@code card}, already selected, the one the inspector shows; the others stay selected. */
    public void makePrimary(String card) {
        if (contains(card)) {
            set(cards.get(), card);
        }
    }

    /**
     * A rubber band or Select All: exactly these cards, or these added to the selection. The card
     * the inspector shows stays when it is still selected.
     */
    public void select(Collection<String> picked, boolean adding) {
        List<String> next = new ArrayList<>(adding ? cards.get() : Set.of());
        picked.stream().filter(c -> !next.contains(c)).forEach(next::add);
        String current = diagram.selectedTable();
        set(next, next.contains(current) ? diagram.selectedObjectProperty().get() : next.isEmpty() ? null : next.get(0));
    }

    public void clear() {
        set(List.of(), null);
    }

    private void set(Collection<String> next, String primary) {
        cards.set(Collections.unmodifiableSet(new LinkedHashSet<>(next)));
        ours = true;
        try {
            if (!Objects.equals(primary, diagram.selectedObjectProperty().get())) {
                diagram.select(primary);
            }
        } finally {
            ours = false;
        }
    }
}

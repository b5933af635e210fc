package dev.lintel.app.canvas;

import dev.lintel.model.layout.EdgeRoute;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Which part of the diagram is shown: everything, or only some cards (a subject area shown alone,
 * a table and its neighbours). The rest is hidden, not removed: the layout, the positions and the
 * search still cover the whole diagram, and Show All brings it back as it was.
 */
public final class DiagramFocus {
    /**
     * @param title what the canvas says is shown ("Neighbours of orders, depth 2")
     * @param members the object paths of the cards shown
     */
    public record Focus(String title, Set<String> members) {
        public Focus {
            Objects.requireNonNull(title, "title");
            members = Set.copyOf(members);
        }
    }

    private final DiagramViewModel diagram;
    // null while the whole diagram is shown.
    private final ReadOnlyObjectWrapper<Focus> focus = new ReadOnlyObjectWrapper<>(this, "focus");

    DiagramFocus(DiagramViewModel diagram) {
        this.diagram = diagram;
        // After an edit, a focused card that no longer exists drops out; when none is left, show all.
        diagram.diagramProperty().addListener((obs, old, now) -> {
            Focus f = focus.get();
            if (f != null) {
                Set<String> kept = new LinkedHashSet<>(f.members());
                kept.retainAll(now.layout().nodes().keySet());
                focus.set(kept.isEmpty() ? null : kept.size() == f.members().size() ? f : new Focus(f.title(), kept));
            }
        });
    }

    // Properties ------------------------------------------------------------------------------

    /** What is shown; null while the whole diagram is. */
    public ReadOnlyObjectProperty<Focus> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    public boolean isActive() {
        return focus.get() != null;
    }

    // Commands --------------------------------------------------------------------------------

    /** Shows only {@code members} (object paths); an empty collection shows everything. */
    public void showOnly(String title, Collection<String> members) {
        focus.set(members.isEmpty() ? null : new Focus(title, new LinkedHashSet<>(members)));
    }

    /**
     * Shows only {@code table} and the tables within {@code depth} foreign-key hops of it, in
     * either direction. Returns false, changing nothing, when the table is not on the diagram.
     */
    public boolean focusNeighbours(String table, int depth) {
        DiagramViewModel.Diagram d = diagram.diagramProperty().get();
        if (table == null || !d.layout().nodes().containsKey(table) || depth < 0) {
            return false;
        }
        Set<String> members = Neighbours.within(d.layout().routes().stream().map(EdgeRoute::edge).toList(), table, depth);
        TableCard card = d.cards().get(table);
        String name = card == null ? table : card.name();
        focus.set(new Focus("Neighbours of " + name + " (depth " + depth + ")", members));
        return true;
    }

    /** Focus Neighbours on the selected card; false when nothing is selected. */
    public boolean focusNeighboursOfSelection(int depth) {
        return focusNeighbours(diagram.selectedTable(), depth);
    }

    /** Shows the whole diagram again (Escape, Show All). */
    public void showAll() {
        focus.set(null);
    }
}

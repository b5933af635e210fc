package dev.lintel.app.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.LinkedHashSet;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Search on the diagram (Ctrl+F): the tables whose name, or one of whose columns' names, contains
 * the query (case-insensitive), and which of them is the current one. Tables named like the query
 * come first (an exact name before a partial one), then tables that only match by a column, each
 * group in diagram order, so typing a whole table name selects that table. Moving to a match
 * selects it; the canvas centres on the selection as it does for a finding.
 *
 * <p>Matching runs on the UI thread: it is a scan of display strings already in memory (1,000
 * tables take well under a millisecond), no model access and no I/O.
 */
public final class DiagramSearch {
    private final DiagramViewModel diagram;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    // null while no search is active: the canvas then fades nothing.
    private final ReadOnlyObjectWrapper<Set<String>> matches = new ReadOnlyObjectWrapper<>(this, "matches", null);
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private List<String> ordered = List.of();

    public DiagramSearch(DiagramViewModel diagram) {
        this.diagram = diagram;
        query.addListener((obs, old, now) -> search(now, true));
        diagram.diagramProperty().addListener((obs, old, now) -> {
            if (matches.get() != null) {
                search(query.get(), false);
            }
        });
    }

    /** What the user typed; every change searches again and selects the first match. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The paths of the matching tables, or null while the search is closed or empty. */
    public ReadOnlyObjectProperty<Set<String>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** Index of the selected match in {@link #orderedMatches()}, or -1. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public List<String> orderedMatches() {
        return ordered;
    }

    /** Selects the next match (Enter), wrapping round. */
    public void next() {
        step(1);
    }

    /** Selects the previous match (Shift+Enter), wrapping round. */
    public void previous() {
        step(-1);
    }

    /** Ends the search (Escape): nothing is faded any more; the selection stays. */
    public void clear() {
        query.set("");
        ordered = List.of();
        current.set(-1);
        matches.set(null);
    }

    private void step(int by) {
        if (ordered.isEmpty()) {
            return;
        }
        int n = ordered.size();
        int at = current.get() < 0 ? (by > 0 ? 0 : n - 1) : Math.floorMod(current.get() + by, n);
        current.set(at);
        diagram.select(ordered.get(at));
    }

    private void search(String text, boolean selectFirst) {
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            ordered = List.of();
            current.set(-1);
            matches.set(null);
            return;
        }
        ordered = matching(diagram.diagramProperty().get().cards().values(), q);
        matches.set(Set.copyOf(ordered));
        if (selectFirst || current.get() >= ordered.size()) {
            current.set(ordered.isEmpty() ? -1 : 0);
            if (!ordered.isEmpty()) {
                diagram.select(ordered.get(0));
            }
        }
    }

    /** The matching table paths, best first; {@code query} is lower case and not blank. */
    static List<String> matching(Iterable<TableCard> cards, String query) {
        List<String> exact = new ArrayList<>();
        List<String> named = new ArrayList<>();
        List<String> byColumn = new ArrayList<>();
        for (TableCard card : cards) {
            String name = card.name().toLowerCase(Locale.ROOT);
            if (name.equals(query)) {
                exact.add(card.objectPath());
            } else if (name.contains(query)) {
                named.add(card.objectPath());
            } else if (card.columns().stream().anyMatch(c -> c.name().toLowerCase(Locale.ROOT).contains(query))) {
                byColumn.add(card.objectPath());
            }
        }
        Set<String> all = new LinkedHashSet<>(exact);
        all.addAll(named);
        all.addAll(byColumn);
        return List.copyOf(all);
    }
}

package dev.lintel.app.canvas;

import dev.lintel.model.layout.LayoutEdge;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;

/**
 * The tables within N foreign-key hops of a table, following keys in both directions (the tables
 * it references and the tables that reference it): what "Focus Neighbours" shows.
 */
final class Neighbours {
    private Neighbours() {
    }

    /** {@code start} and every node at most {@code depth} edges away, nearest first. */
    static Set<String> within(Collection<LayoutEdge> edges, String start, int depth) {
        Map<String, List<String>> adjacent = new HashMap<>();
        for (LayoutEdge e : edges) {
            adjacent.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.target());
            adjacent.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e.source());
        }
        Set<String> seen = new LinkedHashSet<>();
        seen.add(start);
        Deque<String> frontier = new ArrayDeque<>(List.of(start));
        for (int hop = 0; hop < depth && !frontier.isEmpty(); hop++) {
            Deque<String> next = new ArrayDeque<>();
            for (String node : frontier) {
                for (String other : adjacent.getOrDefault(node, List.of())) {
                    if (seen.add(other)) {
                        next.add(other);
                    }
                }
            }
            frontier = next;
        }
        return seen;
    }
}

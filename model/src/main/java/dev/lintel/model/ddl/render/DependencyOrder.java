package dev.lintel.model.ddl.render;

import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.View;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * Stable topological order: each item comes after the items it depends on, and otherwise keeps
 * its input (canonical) position, so equal inputs give equal output. Dependencies on keys not in
 * the list are ignored; members of a cycle keep their input order after everything else.
 */
final class DependencyOrder {
    private DependencyOrder() {
    }

    static <T, K> List<T> sort(List<T> items, Function<T, ? extends Collection<K>> dependencies, Function<T, K> key) {
        Map<K, Integer> position = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            position.putIfAbsent(key.apply(items.get(i)), i);
        }
        int[] waitingOn = new int[items.size()];
        List<List<Integer>> dependents = new ArrayList<>();
        items.forEach(i -> dependents.add(new ArrayList<>()));
        for (int i = 0; i < items.size(); i++) {
            for (K dependency : dependencies.apply(items.get(i))) {
                Integer j = position.get(dependency);
                if (j != null && j != i) {
                    waitingOn[i]++;
                    dependents.get(j).add(i);
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < items.size(); i++) {
            if (waitingOn[i] == 0) {
                ready.add(i);
            }
        }
        boolean[] emitted = new boolean[items.size()];
        List<T> out = new ArrayList<>(items.size());
        while (!ready.isEmpty()) {
            int i = ready.poll();
            emitted[i] = true;
            out.add(items.get(i));
            for (int d : dependents.get(i)) {
                if (--waitingOn[d] == 0) {
                    ready.add(d);
                }
            }
        }
        for (int i = 0; i < items.size(); i++) {
            if (!emitted[i]) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    /**
     * The views another view's definition mentions by name (as a whole word, any case, quoted or
     * not). A coincidental mention (a column alias equal to a view name) only costs an extra edge.
     */
    static List<QualifiedName> mentionedViews(View view, List<View> all) {
        String text = view.definition().toLowerCase(Locale.ROOT);
        List<QualifiedName> out = new ArrayList<>();
        for (View other : all) {
            if (other != view && mentions(text, other.name().name().toLowerCase(Locale.ROOT))) {
                out.add(other.name());
            }
        }
        return out;
    }

    static boolean mentions(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !isIdentifierChar(text.charAt(at - 1))) && (end == text.length() || !isIdentifierChar(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}

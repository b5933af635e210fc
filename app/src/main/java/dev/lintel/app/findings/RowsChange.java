package dev.lintel.app.findings;

import java.util.List;

/**
 * How a list of rows becomes the next one: the rows from {@code from} up to {@code to} are
 * replaced by {@code replacement}, every other row stays. Applied to an observable list this
 * changes what changed only, so a table over it keeps the rows (and their cells) the lint left
 * alone, and nothing at all happens when a lint finds what it found before. Pure.
 */
record RowsChange<T>(int from, int to, List<T> replacement) {

    /** The one stretch in which {@code before} and {@code after} differ (empty when they are equal). */
    static <T> RowsChange<T> between(List<T> before, List<T> after) {
        int max = Math.min(before.size(), after.size());
        int prefix = 0;
        while (prefix < max && before.get(prefix).equals(after.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.get(before.size() - 1 - suffix).equals(after.get(after.size() - 1 - suffix))) {
            suffix++;
        }
        return new RowsChange<>(prefix, before.size() - suffix, List.copyOf(after.subList(prefix, after.size() - suffix)));
    }

    boolean isEmpty() {
        return from == to && replacement.isEmpty();
    }

    /** Applies the change to {@code rows}, which must hold what the change was computed from. */
    void applyTo(List<T> rows) {
        if (isEmpty()) {
            return;
        }
        if (to - from == replacement.size()) {
            for (int i = 0; i < replacement.size(); i++) {
                if (!rows.get(from + i).equals(replacement.get(i))) {
                    rows.set(from + i, replacement.get(i));
                }
            }
            return;
        }
        rows.subList(from, to).clear();
        rows.addAll(from, replacement);
    }
}

package dev.lintel.model.lint;

import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the tables of a schema are, by name. Holds positions in the table list, never tables, so it
 * depends on the names and their order only: live lint shares it between the contexts before and
 * after an edit that keeps every table's name in place, instead of rebuilding it per keystroke.
 */
final class TableNames {
    private static final int[] NONE = new int[0];

    // name -> position of the first table of that name
    private final Map<QualifiedName, Integer> positionByName;
    // bare name -> positions of the tables of that bare name (any schema), ascending
    private final Map<String, int[]> positionsByBareName;
    private final int tableCount;

    TableNames(List<Table> tables) {
        tableCount = tables.size();
        positionByName = new HashMap<>(tables.size() * 2);
        Map<String, IntList> byBare = new HashMap<>(tables.size() * 2);
        for (int i = 0; i < tables.size(); i++) {
            QualifiedName name = tables.get(i).name();
            positionByName.putIfAbsent(name, i);
            byBare.computeIfAbsent(name.name(), k -> new IntList()).add(i);
        }
        positionsByBareName = IntList.freeze(byBare);
    }

    /** True when two tables have the same name. */
    boolean hasDuplicates() {
        return positionByName.size() != tableCount;
    }

    /** Position of the first table of this exact name, or -1. */
    int positionOf(QualifiedName name) {
        Integer position = positionByName.get(name);
        return position == null ? -1 : position;
    }

    /** Positions of the tables of this bare name, ascending; do not modify. */
    int[] positionsNamed(String bareName) {
        return positionsByBareName.getOrDefault(bareName, NONE);
    }

    /** The position a reference denotes: exact match, or by bare name when the reference has no schema and one table fits; else -1. */
    int resolve(QualifiedName ref) {
        Integer position = positionByName.get(ref);
        if (position != null) {
            return position;
        }
        if (ref.schema() != null) {
            return -1;
        }
        int[] candidates = positionsNamed(ref.name());
        return candidates.length == 1 ? candidates[0] : -1;
    }

    /** A growable list of ascending positions, frozen into an array once built. */
    static final class IntList {
        private int[] values = new int[2];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int last() {
            return size == 0 ? -1 : values[size - 1];
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }

        static <K> Map<K, int[]> freeze(Map<K, IntList> lists) {
            Map<K, int[]> out = new HashMap<>(lists.size() * 2);
            lists.forEach((k, v) -> out.put(k, v.toArray()));
            return out;
        }
    }
}

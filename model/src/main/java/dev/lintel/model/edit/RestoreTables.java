package dev.lintel.model.edit;

import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts tables back as they were, by position: the exact inverse of an edit whose typed inverse
 * would not be exact (a dropped table with the foreign keys of other tables that pointed at it, a
 * quick fix). It holds only the tables that changed, so a long history of edits to a large schema
 * stays small.
 */
public record RestoreTables(String label, List<Change> changes) implements Edit {
    /**
     * One table replaced ({@code before} and {@code after}), removed ({@code after} null) or
     * inserted ({@code before} null); positions are in the table list before and after the edit.
     */
    public record Change(int fromPosition, int toPosition, Table before, Table after) {
        Change reversed() {
            return new Change(toPosition, fromPosition, after, before);
        }
    }

    public RestoreTables {
        changes = List.copyOf(changes);
    }

    /** The changes that turn the table list {@code from} into {@code to}. */
    static RestoreTables between(String label, List<Table> from, List<Table> to) {
        Map<QualifiedName, Integer> fromIndex = indexOf(from);
        Map<QualifiedName, Integer> toIndex = indexOf(to);
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            Table t = from.get(i);
            Integer j = toIndex.get(t.name());
            if (j == null) {
                changes.add(new Change(i, -1, t, null));
            } else if (to.get(j) != t && !to.get(j).equals(t)) {
                changes.add(new Change(i, j, t, to.get(j)));
            }
        }
        for (int j = 0; j < to.size(); j++) {
            if (!fromIndex.containsKey(to.get(j).name())) {
                changes.add(new Change(-1, j, null, to.get(j)));
            }
        }
        RestoreTables byName = new RestoreTables(label, changes);
        try {
            if (Inverses.sameList(byName.applyTo(from), to)) {
                return byName;
            }
        } catch (EditException e) {
            // duplicate names confused the positions: fall through to the plain replacement
        }
        // Tables changed order or share a name: replace them all, which is exact whatever happened.
        List<Change> all = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            all.add(new Change(i, -1, from.get(i), null));
        }
        for (int j = 0; j < to.size(); j++) {
            all.add(new Change(-1, j, null, to.get(j)));
        }
        return new RestoreTables(label, all);
    }

    private static Map<QualifiedName, Integer> indexOf(List<Table> tables) {
        Map<QualifiedName, Integer> index = new HashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            index.putIfAbsent(tables.get(i).name(), i);
        }
        return index;
    }

    @Override
    public Schema change(Schema before) {
        return before.withTables(applyTo(before.tables()));
    }

    // Replacements first (their positions are in the old list), then removals from the back, then
    // insertions from the front (their positions are in the new list): each step keeps the
    // positions of the next one valid.
    private List<Table> applyTo(List<Table> tables) {
        List<Table> out = new ArrayList<>(tables);
        for (Change c : changes) {
            if (c.before() != null && c.after() != null) {
                expect(out, c.fromPosition(), c.before()).set(c.fromPosition(), c.after());
            }
        }
        changes.stream().filter(c -> c.after() == null)
                .sorted(Comparator.comparingInt(Change::fromPosition).reversed())
                .forEach(c -> expect(out, c.fromPosition(), c.before()).remove(c.fromPosition()));
        changes.stream().filter(c -> c.before() == null)
                .sorted(Comparator.comparingInt(Change::toPosition))
                .forEach(c -> {
                    if (c.toPosition() > out.size()) {
                        throw stale();
                    }
                    out.add(c.toPosition(), c.after());
                });
        return out;
    }

    private List<Table> expect(List<Table> tables, int position, Table table) {
        if (position < 0 || position >= tables.size()
                || tables.get(position) != table && !tables.get(position).equals(table)) {
            throw stale();
        }
        return tables;
    }

    private EditException stale() {
        return new EditException("The design changed since \"" + label + "\"");
    }

    @Override
    public Edit inverseAgainst(Schema before) {
        return new RestoreTables(label, changes.stream().map(Change::reversed).toList());
    }
}

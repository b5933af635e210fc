package dev.lintel.model.lint;

import dev.lintel.model.lint.LintContext.IncomingForeignKey;
import dev.lintel.model.lint.TableNames.IntList;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The foreign keys between the tables of a schema, from both ends. Built once per lint; after an
 * edit that keeps the table names in place, derived from the previous lint's links by redoing only
 * the edited tables' keys (live lint would otherwise resolve every foreign key of the schema per
 * keystroke). Either way the result is the same.
 */
final class ForeignKeyLinks {
    // Bare referenced name -> positions (ascending, each once) of the tables with a foreign key to that
    // bare name, resolved or not: lets live lint find the tables an edited table's name may matter to.
    private final Map<String, int[]> referrers;
    // Resolved target name -> the foreign keys that reference it, in table order, then key order.
    private final Map<QualifiedName, List<IncomingForeignKey>> incoming;

    private ForeignKeyLinks(Map<String, int[]> referrers, Map<QualifiedName, List<IncomingForeignKey>> incoming) {
        this.referrers = referrers;
        this.incoming = incoming;
    }

    static ForeignKeyLinks of(List<Table> tables, TableNames names) {
        Map<String, IntList> referrers = new HashMap<>();
        Map<QualifiedName, List<IncomingForeignKey>> incoming = new HashMap<>();
        for (int p = 0; p < tables.size(); p++) {
            Table t = tables.get(p);
            for (ForeignKey fk : t.foreignKeys()) {
                IntList r = referrers.computeIfAbsent(fk.referencedTable().name(), k -> new IntList());
                if (r.last() != p) {
                    r.add(p); // once per table: its foreign keys are visited together
                }
                int target = names.resolve(fk.referencedTable());
                if (target >= 0) {
                    incoming.computeIfAbsent(tables.get(target).name(), k -> new ArrayList<>()).add(new IncomingForeignKey(t, fk));
                }
            }
        }
        return new ForeignKeyLinks(IntList.freeze(referrers), incoming);
    }

    /**
     * The links of {@code after}, a schema with the same table names in the same order (and no name
     * twice) as the one these links were built for, {@code before}; {@code changed} lists ascending
     * the positions whose table is another object.
     */
    ForeignKeyLinks afterEdit(List<Table> before, List<Table> after, int[] changed, TableNames names) {
        if (changed.length == 0) {
            return this;
        }
        Set<String> bareNames = new HashSet<>();
        Set<QualifiedName> targets = new HashSet<>();
        for (int p : changed) {
            for (List<Table> side : List.of(before, after)) {
                for (ForeignKey fk : side.get(p).foreignKeys()) {
                    bareNames.add(fk.referencedTable().name());
                    int target = names.resolve(fk.referencedTable());
                    if (target >= 0) {
                        targets.add(after.get(target).name());
                    }
                }
            }
        }
        Map<String, int[]> nextReferrers = new HashMap<>(referrers);
        for (String bare : bareNames) {
            IntList merged = new IntList();
            int[] old = referrers.getOrDefault(bare, new int[0]);
            int o = 0;
            for (int p : changed) {
                for (; o < old.length && old[o] < p; o++) {
                    merged.add(old[o]);
                }
                if (o < old.length && old[o] == p) {
                    o++; // the table before the edit: replaced by what it references now
                }
                if (referencesBareName(after.get(p), bare)) {
                    merged.add(p);
                }
            }
            for (; o < old.length; o++) {
                merged.add(old[o]);
            }
            int[] positions = merged.toArray();
            if (positions.length == 0) {
                nextReferrers.remove(bare);
            } else {
                nextReferrers.put(bare, positions);
            }
        }
        Map<QualifiedName, List<IncomingForeignKey>> nextIncoming = new HashMap<>(incoming);
        for (QualifiedName target : targets) {
            List<IncomingForeignKey> merged = new ArrayList<>();
            List<IncomingForeignKey> old = incoming.getOrDefault(target, List.of());
            int o = 0;
            for (int p : changed) {
                for (; o < old.size() && names.positionOf(old.get(o).owner().name()) < p; o++) {
                    merged.add(old.get(o));
                }
                for (; o < old.size() && names.positionOf(old.get(o).owner().name()) == p; o++) {
                    // the edited table's keys before the edit: replaced below
                }
                Table owner = after.get(p);
                for (ForeignKey fk : owner.foreignKeys()) {
                    int t = names.resolve(fk.referencedTable());
                    if (t >= 0 && after.get(t).name().equals(target)) {
                        merged.add(new IncomingForeignKey(owner, fk));
                    }
                }
            }
            for (; o < old.size(); o++) {
                merged.add(old.get(o));
            }
            if (merged.isEmpty()) {
                nextIncoming.remove(target);
            } else {
                nextIncoming.put(target, merged);
            }
        }
        return new ForeignKeyLinks(nextReferrers, nextIncoming);
    }

    private static boolean referencesBareName(Table t, String bare) {
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.referencedTable().name().equals(bare)) {
                return true;
            }
        }
        return false;
    }

    /** Positions of the tables with a foreign key to this bare name, ascending; do not modify. */
    int[] referrersOf(String bareName) {
        return referrers.getOrDefault(bareName, new int[0]);
    }

    List<IncomingForeignKey> referencing(QualifiedName target) {
        return incoming.getOrDefault(target, List.of());
    }
}

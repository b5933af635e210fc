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
 * The foreign keys between the tables of a schema, from both ends, as positions in the table list
 * (never tables), so that they depend only on the table names and what each foreign key references.
 * Built once per lint; after an edit that keeps the table names in place, an edit that also keeps
 * what every edited table references (the common one: a column, an index) shares them as they are,
 * and any other redoes only the edited tables' keys. Either way the answers are a fresh build's.
 */
final class ForeignKeyLinks {
    private static final int[] NONE = new int[0];

    // Bare referenced name -> positions (ascending, each once) of the tables with a foreign key to that
    // bare name, resolved or not: lets live lint find the tables an edited table's name may matter to.
    private final Map<String, int[]> referrers;
    // Resolved target name -> the foreign keys that reference it as pairs (table position, index of
    // the key in that table's foreign keys), in table order, then key order.
    private final Map<QualifiedName, int[]> incoming;

    private ForeignKeyLinks(Map<String, int[]> referrers, Map<QualifiedName, int[]> incoming) {
        this.referrers = referrers;
        this.incoming = incoming;
    }

    static ForeignKeyLinks of(List<Table> tables, TableNames names) {
        Map<String, IntList> referrers = new HashMap<>();
        Map<QualifiedName, IntList> incoming = new HashMap<>();
        for (int p = 0; p < tables.size(); p++) {
            List<ForeignKey> fks = tables.get(p).foreignKeys();
            for (int k = 0; k < fks.size(); k++) {
                QualifiedName ref = fks.get(k).referencedTable();
                IntList r = referrers.computeIfAbsent(ref.name(), x -> new IntList());
                if (r.last() != p) {
                    r.add(p); // once per table: its foreign keys are visited together
                }
                int target = names.resolve(ref);
                if (target >= 0) {
                    IntList in = incoming.computeIfAbsent(tables.get(target).name(), x -> new IntList());
                    in.add(p);
                    in.add(k);
                }
            }
        }
        return new ForeignKeyLinks(IntList.freeze(referrers), IntList.freeze(incoming));
    }

    /**
     * The links of {@code after}, a schema with the same table names in the same order (and no name
     * twice) as the one these links were built for, {@code before}; {@code changed} lists ascending
     * the positions whose table is another object.
     */
    ForeignKeyLinks afterEdit(List<Table> before, List<Table> after, int[] changed, TableNames names) {
        if (sameReferences(before, after, changed)) {
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
            int[] old = referrers.getOrDefault(bare, NONE);
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
            put(nextReferrers, bare, merged.toArray());
        }
        Map<QualifiedName, int[]> nextIncoming = new HashMap<>(incoming);
        for (QualifiedName target : targets) {
            IntList merged = new IntList();
            int[] old = incoming.getOrDefault(target, NONE);
            int o = 0;
            for (int p : changed) {
                for (; o < old.length && old[o] < p; o += 2) {
                    merged.add(old[o]);
                    merged.add(old[o + 1]);
                }
                for (; o < old.length && old[o] == p; o += 2) {
                    // the edited table's keys before the edit: replaced below
                }
                List<ForeignKey> fks = after.get(p).foreignKeys();
                for (int k = 0; k < fks.size(); k++) {
                    int t = names.resolve(fks.get(k).referencedTable());
                    if (t >= 0 && after.get(t).name().equals(target)) {
                        merged.add(p);
                        merged.add(k);
                    }
                }
            }
            for (; o < old.length; o++) {
                merged.add(old[o]);
            }
            put(nextIncoming, target, merged.toArray());
        }
        return new ForeignKeyLinks(nextReferrers, nextIncoming);
    }

    /** Every edited table's foreign keys reference the same tables, in the same order, as before: the links stay. */
    private static boolean sameReferences(List<Table> before, List<Table> after, int[] changed) {
        for (int p : changed) {
            List<ForeignKey> b = before.get(p).foreignKeys();
            List<ForeignKey> a = after.get(p).foreignKeys();
            if (a.size() != b.size()) {
                return false;
            }
            for (int k = 0; k < a.size(); k++) {
                if (!a.get(k).referencedTable().equals(b.get(k).referencedTable())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static <K> void put(Map<K, int[]> map, K key, int[] positions) {
        if (positions.length == 0) {
            map.remove(key);
        } else {
            map.put(key, positions);
        }
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
        return referrers.getOrDefault(bareName, NONE);
    }

    /** The foreign keys of {@code tables} (the schema these links describe) that resolve to {@code target}. */
    List<IncomingForeignKey> referencing(QualifiedName target, List<Table> tables) {
        int[] pairs = incoming.getOrDefault(target, NONE);
        if (pairs.length == 0) {
            return List.of();
        }
        List<IncomingForeignKey> out = new ArrayList<>(pairs.length / 2);
        for (int i = 0; i < pairs.length; i += 2) {
            Table owner = tables.get(pairs[i]);
            out.add(new IncomingForeignKey(owner, owner.foreignKeys().get(pairs[i + 1])));
        }
        return out;
    }
}

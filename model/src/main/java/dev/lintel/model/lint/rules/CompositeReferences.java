package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.rules.ReferenceKeys.Key;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-column references: a table holds every column of another table's multi-column key (same
 * names, types that fit) and the key is named after its table: a key column's leading words start
 * that table's name ({@code trigger_name, trigger_group} of {@code qrtz_triggers}), or the table is
 * named by its key columns together ({@code specialofferid, productid} of {@code specialofferproduct}).
 * Without the naming, sharing columns such as {@code (sched_name, trigger_group)} is no evidence.
 */
final class CompositeReferences {
    /** A guessed reference of {@code columns} (in the key's order) to {@code key}. */
    record Found(List<String> columns, Key key, double score, String evidence) {
    }

    static final double SCORE = 0.8;

    // Each multi-column key named after its table, with why, under its rarest column name: a table
    // looks up only the keys its most distinctive columns could complete (not every key that starts
    // with a shared tenant column). Keys named after nothing are never targets and are left out here.
    private final Map<String, List<Named>> byRarestColumn = new HashMap<>();
    private final TableNames names;

    private record Named(Key key, String why) {
    }

    CompositeReferences(TableNames names, ReferenceKeys keys) {
        this.names = names;
        Map<String, Integer> frequency = new HashMap<>();
        for (Key k : keys.composites()) {
            for (Column c : k.columns()) {
                frequency.merge(ReferenceNames.key(c.name()), 1, Integer::sum);
            }
        }
        for (Key k : keys.composites()) {
            String why = namedAfter(k, names);
            if (why == null) {
                continue;
            }
            String rarest = null;
            for (Column c : k.columns()) {
                String n = ReferenceNames.key(c.name());
                if (rarest == null || frequency.get(n) < frequency.get(rarest)) {
                    rarest = n;
                }
            }
            byRarestColumn.computeIfAbsent(rarest, x -> new ArrayList<>(1)).add(new Named(k, why));
        }
    }

    /** The multi-column references of table {@code t} at {@code position}; one per column set, ambiguous ones left out. */
    List<Found> of(int position, Table t) {
        if (byRarestColumn.isEmpty()) {
            return List.of();
        }
        Map<String, Column> byName = null;
        Map<List<String>, List<Found>> bySet = new LinkedHashMap<>();
        for (Column c : t.columns()) {
            for (Named k : byRarestColumn.getOrDefault(ReferenceNames.key(c.name()), List.of())) {
                if (k.key().position() == position) {
                    continue;
                }
                if (byName == null) {
                    byName = new HashMap<>();
                    for (Column own : t.columns()) {
                        byName.putIfAbsent(ReferenceNames.key(own.name()), own);
                    }
                }
                Found f = match(position, t, k, byName);
                if (f != null) {
                    bySet.computeIfAbsent(f.columns(), x -> new ArrayList<>()).add(f);
                }
            }
        }
        List<Found> out = new ArrayList<>();
        for (List<Found> same : bySet.values()) {
            if (same.size() == 1) {
                out.add(same.get(0));
            }
        }
        return out;
    }

    private Found match(int position, Table t, Named named, Map<String, Column> byName) {
        Key k = named.key();
        List<String> columns = new ArrayList<>(k.columns().size());
        double lengths = 0;
        for (Column kc : k.columns()) {
            Column own = byName.get(ReferenceNames.key(kc.name()));
            if (own == null || !ImplicitReferences.compatible(own, kc) || ImplicitReferences.inForeignKey(t, own.name())) {
                return null;
            }
            columns.add(own.name());
            lengths = Math.max(lengths, ImplicitReferences.lengthPenalty(own, kc));
        }
        if (siblings(t, columns) && !nameExtends(stem(position, names), stem(k.position(), names))) {
            // Two tables keyed by the same columns are siblings (dept_emp, dept_manager) unless one's
            // name extends the other's (qrtz_simple_triggers is a kind of qrtz_triggers).
            return null;
        }
        String evidence = "columns (" + String.join(", ", columns) + ") hold the key of " + names.name(k.position()) + ", " + named.why();
        return new Found(List.copyOf(columns), k, SCORE - lengths,
                lengths > 0 ? evidence + "; declared lengths differ" : evidence);
    }

    private static boolean siblings(Table t, List<String> columns) {
        return t.primaryKey() != null && t.primaryKey().columns().size() == columns.size()
                && t.primaryKey().columns().containsAll(columns);
    }

    /** A table's name without the prefixes it shares with other tables. */
    private static List<String> stem(int position, TableNames names) {
        List<String> w = names.words(position);
        List<Integer> starts = names.stemStarts(position);
        return w.subList(starts.get(starts.size() - 1), w.size());
    }

    /** Whether {@code own} is {@code other} with more words around it. */
    private static boolean nameExtends(List<String> own, List<String> other) {
        String o = ReferenceNames.key(own);
        for (String form : ReferenceNames.singulars(ReferenceNames.key(other))) {
            if (o.length() > form.length() && o.contains(form)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why the key's columns name its table, or null when they do not. A column names the table when
     * its leading words start the table's name and name no other table at least as well
     * ({@code project_id} of {@code project_metadata} is named after {@code project}).
     */
    private static String namedAfter(Key k, TableNames names) {
        List<String> table = names.words(k.position());
        StringBuilder joined = new StringBuilder();
        for (Column c : k.columns()) {
            List<String> w = ReferenceNames.words(c.name());
            List<String> stem = w.size() > 1 ? w.subList(0, w.size() - 1) : List.of(stripId(w.get(0)));
            joined.append(ReferenceNames.key(stem));
            if (w.size() == 1 && stem.get(0).equals(w.get(0))) {
                continue; // ts, key: a plain value, named after nothing (specialofferid is named by its id ending)
            }
            for (int start : names.stemStarts(k.position())) {
                if (startsWith(table.subList(start, table.size()), stem) && namesNoOtherTable(stem, k.position(), names)) {
                    return "named after it by column " + c.name();
                }
            }
        }
        String together = joined.toString();
        for (int start : names.stemStarts(k.position())) {
            if (ReferenceNames.key(table.subList(start, table.size())).equals(together)) {
                return "whose name joins its key columns' names";
            }
        }
        return null;
    }

    private static boolean namesNoOtherTable(List<String> stem, int target, TableNames names) {
        TableNames.Tier own = null;
        for (String form : ReferenceNames.singulars(ReferenceNames.key(stem))) {
            for (TableNames.Named n : names.lookup(form)) {
                if (n.position() == target && (own == null || n.tier().compareTo(own) < 0)) {
                    own = n.tier();
                }
            }
        }
        for (String form : ReferenceNames.singulars(ReferenceNames.key(stem))) {
            for (TableNames.Named n : names.lookup(form)) {
                if (n.position() != target && (own == null || n.tier().compareTo(own) <= 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String stripId(String word) {
        return word.length() > 4 && word.endsWith("id") ? word.substring(0, word.length() - 2) : word;
    }

    /** Whether {@code name} starts with {@code stem}, the last stem word matching singular or plural. */
    private static boolean startsWith(List<String> name, List<String> stem) {
        if (stem.size() > name.size()) {
            return false;
        }
        int last = stem.size() - 1;
        for (int i = 0; i < last; i++) {
            if (!name.get(i).equals(stem.get(i))) {
                return false;
            }
        }
        return ReferenceNames.singulars(name.get(last)).contains(stem.get(last))
                || ReferenceNames.singulars(stem.get(last)).contains(name.get(last));
    }
}

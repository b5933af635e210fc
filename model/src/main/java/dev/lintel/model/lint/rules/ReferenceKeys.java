package dev.lintel.model.lint.rules;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys a reference can point at, indexed once per lint: every table's primary key, unique
 * constraints and full unique indexes, by table position; distinctive single-column key names
 * ({@code customer_id}, {@code businessentityid}) by name; and the multi-column keys.
 * Reads of each table only its {@link #facts keys}.
 */
final class ReferenceKeys {
    /** A key of the table at {@code position}: its columns, in key order, and whether it is the primary key. */
    record Key(int position, List<Column> columns, boolean primary, List<String> words) {
        Column column() {
            return columns.get(0);
        }

        boolean single() {
            return columns.size() == 1;
        }
    }

    /** What the index reads of a table: its keys as columns (so a type change re-indexes) and whether primary. */
    record KeyFact(List<Column> columns, boolean primary) {
    }

    // Key names that say nothing of the table they belong to.
    private static final Set<String> GENERIC_KEY_NAMES = Set.of("id", "code", "name", "key", "uuid", "guid", "oid",
            "value", "type", "number", "no", "num");

    private final List<List<Key>> byPosition = new ArrayList<>();
    private final Map<String, List<Key>> byKeyName = new HashMap<>();
    // lengths of the distinctive key names, longest first: the suffixes of a column name worth looking up
    private final TreeSet<Integer> keyNameLengths = new TreeSet<>(Comparator.reverseOrder());
    private final List<Key> composites = new ArrayList<>();

    ReferenceKeys(List<Table> tables) {
        for (int position = 0; position < tables.size(); position++) {
            List<Key> keys = new ArrayList<>();
            String tableName = ReferenceNames.key(tables.get(position).name().name());
            for (KeyFact f : facts(tables.get(position))) {
                Key key = new Key(position, f.columns(), f.primary(), ReferenceNames.words(f.columns().get(0).name()));
                keys.add(key);
                String first = ReferenceNames.key(key.column().name());
                if (!key.single()) {
                    composites.add(key);
                } else if (key.primary() && !GENERIC_KEY_NAMES.contains(first) && looksLikeIdentifier(key, first, tableName)) {
                    byKeyName.computeIfAbsent(first, x -> new ArrayList<>()).add(key);
                    keyNameLengths.add(first.length());
                }
            }
            byPosition.add(keys);
        }
    }

    /** The keys of the table at {@code position}, the primary key first. */
    List<Key> of(int position) {
        return byPosition.get(position);
    }

    /** The single-column primary key of the table at {@code position}. */
    Optional<Key> primary(int position) {
        List<Key> keys = byPosition.get(position);
        return keys.isEmpty() || !keys.get(0).primary() || !keys.get(0).single() ? Optional.empty() : Optional.of(keys.get(0));
    }

    /** Single-column primary keys with this distinctive compared name ({@code customerid}). */
    List<Key> named(String comparedName) {
        return byKeyName.getOrDefault(comparedName, List.of());
    }

    /** Lengths of the distinctive key names, longest first. */
    Set<Integer> keyNameLengths() {
        return keyNameLengths;
    }

    /** Every multi-column key, in table order. */
    List<Key> composites() {
        return composites;
    }

    /**
     * All the index reads of a table: the keys a foreign key can reference (primary key, unique
     * constraints, full unique indexes on plain columns), the primary key first.
     */
    static List<KeyFact> facts(Table t) {
        List<KeyFact> out = new ArrayList<>();
        if (t.primaryKey() != null) {
            columns(t, t.primaryKey().columns()).ifPresent(c -> out.add(new KeyFact(c, true)));
        }
        for (UniqueConstraint u : t.uniqueConstraints()) {
            columns(t, u.columns()).ifPresent(c -> out.add(new KeyFact(c, false)));
        }
        for (Index i : t.indexes()) {
            if (i.unique() && !i.isPartial() && i.keys().stream().allMatch(k -> k.isPlainColumn())) {
                columns(t, i.keys().stream().map(k -> k.column()).toList()).ifPresent(c -> out.add(new KeyFact(c, false)));
            }
        }
        out.sort(Comparator.comparing((KeyFact k) -> !k.primary()));
        return out;
    }

    private static Optional<List<Column>> columns(Table t, List<String> names) {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        List<Column> out = new ArrayList<>(names.size());
        for (String n : names) {
            Optional<Column> c = t.column(n);
            if (c.isEmpty()) {
                return Optional.empty();
            }
            out.add(c.get());
        }
        return Optional.of(out);
    }

    /** A key name that says "identifier": ends in id, code, key, uuid, no, num or number, or starts with its table's name. */
    private static boolean looksLikeIdentifier(Key key, String name, String tableName) {
        List<String> w = key.words();
        String last = w.get(w.size() - 1);
        return last.endsWith("id") || last.endsWith("code") || last.endsWith("key") || last.endsWith("uuid")
                || Set.of("no", "num", "number").contains(last)
                || name.length() > tableName.length() && name.startsWith(tableName); // document.documentnode
    }
}

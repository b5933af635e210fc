package dev.lintel.model.edit;

import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.ExclusionConstraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tables pasted or duplicated into a design, as one edit that adds them all (and the enum types
 * they use that the design lacks), so one undo takes the whole paste back.
 *
 * <ul>
 * <li>A table keeps its name when it is free, else becomes {@code orders_copy}, {@code orders_copy_2} ...
 * (a copy of {@code orders_copy} too: copies are numbered, not nested);
 * constraint and index names that carry the table's name follow it, and the names PostgreSQL keeps
 * in one namespace per schema (keys, unique constraints, indexes) are made unique there.</li>
 * <li>A foreign key between pasted tables points at the pasted copy. One to a table that was not
 * pasted stays when the design has that table (with the referenced columns), and is left out
 * otherwise: {@link Plan#droppedForeignKeys()} says which.</li>
 * </ul>
 */
public final class TablePaste {
    private TablePaste() {
    }

    /**
     * The edit, each pasted table's new name by its old one, and the foreign keys left out
     * ({@code orders.orders_customer_id_fkey -> customers}).
     */
    public record Plan(Edit edit, Map<QualifiedName, QualifiedName> names, List<String> droppedForeignKeys) {
        public Plan {
            names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
            droppedForeignKeys = List.copyOf(droppedForeignKeys);
        }
    }

    /**
     * Plans pasting the tables of {@code copied} into {@code target}.
     *
     * @param verb the gesture, for the undo label: "Paste", "Duplicate"
     * @throws EditException when there is no table to paste
     */
    public static Plan plan(Schema target, Schema copied, String verb) {
        if (copied.tables().isEmpty()) {
            throw new EditException("There is no table to " + verb.toLowerCase(java.util.Locale.ROOT));
        }
        Map<QualifiedName, QualifiedName> names = new LinkedHashMap<>();
        Set<QualifiedName> takenTables = new HashSet<>();
        for (Table t : copied.tables()) {
            QualifiedName name = freeTableName(target, t.name(), takenTables);
            takenTables.add(name);
            names.put(t.name(), name);
        }
        Set<String> relations = relationNames(target);
        names.values().forEach(n -> relations.add(relationKey(n.schema(), n.name())));
        List<Edit> edits = new ArrayList<>();
        for (EnumType e : copied.enums()) {
            if (target.enumType(e.name()).isEmpty()) {
                edits.add(new EnumEdits.CreateEnum(e, -1));
            }
        }
        List<String> dropped = new ArrayList<>();
        for (Table t : copied.tables()) {
            edits.add(TableEdits.AddTable.atEnd(pasted(t, target, copied, names, relations, dropped)));
        }
        String label = verb + (names.size() == 1 ? " table " + names.values().iterator().next().name()
                : " " + names.size() + " tables");
        return new Plan(new Composite(label, edits), names, dropped);
    }

    private static Table pasted(Table t, Schema target, Schema copied, Map<QualifiedName, QualifiedName> names,
                                Set<String> relations, List<String> dropped) {
        QualifiedName name = names.get(t.name());
        String from = t.name().name();
        String to = name.name();
        Table.Builder b = t.toBuilder().name(name);
        if (t.primaryKey() != null) {
            PrimaryKey pk = t.primaryKey();
            b.primaryKey(pk.withName(unique(renamed(pk.name(), from, to), name, relations)));
        }
        b.uniqueConstraints(t.uniqueConstraints().stream()
                .map(u -> u.withName(unique(renamed(u.name(), from, to), name, relations))).toList());
        b.exclusions(t.exclusions().stream().map(x -> new ExclusionConstraint(
                unique(renamed(x.name(), from, to), name, relations), x.definition(), x.deferrability())).toList());
        b.indexes(t.indexes().stream().map(i -> i.withName(unique(renamed(i.name(), from, to), name, relations))).toList());
        b.checks(t.checks().stream().map(c -> c.withName(renamed(c.name(), from, to))).toList());
        List<ForeignKey> keys = new ArrayList<>();
        for (ForeignKey fk : t.foreignKeys()) {
            Optional<QualifiedName> pastedTarget = copied.resolveTable(fk.referencedTable()).map(Table::name)
                    .filter(names::containsKey);
            if (pastedTarget.isPresent()) {
                keys.add(fk.withName(renamed(fk.name(), from, to))
                        .withReferencedTable(retarget(fk.referencedTable(), names.get(pastedTarget.get()))));
            } else if (fitsIn(target, fk)) {
                keys.add(fk.withName(renamed(fk.name(), from, to)));
            } else {
                dropped.add(from + "." + fk.name() + " \u2192 " + fk.referencedTable().name());
            }
        }
        b.foreignKeys(keys);
        QualifiedName parent = t.partitionOf();
        if (parent != null) {
            QualifiedName kept = parentIn(parent, target, copied, names);
            b.partitionOf(kept, kept == null ? null : t.partitionBound());
        }
        b.inherits(t.inherits().stream().map(p -> parentIn(p, target, copied, names)).filter(java.util.Objects::nonNull).toList());
        return b.build();
    }

    // A parent that was pasted too becomes the copy; one the design has stays; any other is dropped.
    private static QualifiedName parentIn(QualifiedName parent, Schema target, Schema copied,
                                          Map<QualifiedName, QualifiedName> names) {
        Optional<QualifiedName> pastedParent = copied.resolveTable(parent).map(Table::name).filter(names::containsKey);
        if (pastedParent.isPresent()) {
            return retarget(parent, names.get(pastedParent.get()));
        }
        return target.resolveTable(parent).isPresent() ? parent : null;
    }

    private static boolean fitsIn(Schema target, ForeignKey fk) {
        Optional<Table> referenced = target.resolveTable(fk.referencedTable());
        if (referenced.isEmpty()) {
            return false;
        }
        Table r = referenced.get();
        return fk.referencedColumns().isEmpty() ? r.primaryKey() != null
                : fk.referencedColumns().stream().allMatch(r::hasColumn);
    }

    // A copy of a copy is the next copy of the original: orders_copy pasted again is orders_copy_2.
    private static final java.util.regex.Pattern COPY_SUFFIX = java.util.regex.Pattern.compile("_copy(_[0-9]+)?$");

    private static QualifiedName freeTableName(Schema target, QualifiedName name, Set<QualifiedName> taken) {
        if (isFree(target, name, taken)) {
            return name;
        }
        String base = COPY_SUFFIX.matcher(name.name()).replaceFirst("");
        QualifiedName candidate = name.withName((base.isEmpty() ? name.name() : base) + "_copy");
        for (int n = 2; !isFree(target, candidate, taken); n++) {
            candidate = name.withName((base.isEmpty() ? name.name() : base) + "_copy_" + n);
        }
        return candidate;
    }

    private static boolean isFree(Schema s, QualifiedName name, Set<QualifiedName> taken) {
        return s.table(name).isEmpty() && s.view(name).isEmpty() && !taken.contains(name);
    }

    // "orders_pkey" of orders pasted as orders_copy is "orders_copy_pkey"; "idx_orders_created"
    // becomes "idx_orders_copy_created"; a name without the table's in it stays.
    static String renamed(String name, String from, String to) {
        if (name == null || from.equals(to)) {
            return name;
        }
        if (name.equals(from) || name.startsWith(from + "_")) {
            return to + name.substring(from.length());
        }
        int at = name.indexOf("_" + from + "_");
        if (at < 0 && name.endsWith("_" + from)) {
            at = name.length() - from.length() - 1;
        }
        return at < 0 ? name : name.substring(0, at + 1) + to + name.substring(at + 1 + from.length());
    }

    // Keys, unique constraints and indexes are relations in PostgreSQL: one namespace per schema, shared with tables.
    private static String unique(String name, QualifiedName table, Set<String> relations) {
        if (name == null) {
            return null;
        }
        String candidate = name;
        for (int n = 1; relations.contains(relationKey(table.schema(), candidate)); n++) {
            candidate = name + n;
        }
        relations.add(relationKey(table.schema(), candidate));
        return candidate;
    }

    private static Set<String> relationNames(Schema s) {
        Set<String> out = new HashSet<>();
        for (Table t : s.tables()) {
            String schema = t.name().schema();
            out.add(relationKey(schema, t.name().name()));
            if (t.primaryKey() != null && t.primaryKey().name() != null) {
                out.add(relationKey(schema, t.primaryKey().name()));
            }
            for (UniqueConstraint u : t.uniqueConstraints()) {
                out.add(relationKey(schema, u.name()));
            }
            for (ExclusionConstraint x : t.exclusions()) {
                out.add(relationKey(schema, x.name()));
            }
            for (Index i : t.indexes()) {
                out.add(relationKey(schema, i.name()));
            }
        }
        s.views().forEach(v -> out.add(relationKey(v.name().schema(), v.name().name())));
        return out;
    }

    private static String relationKey(String schema, String name) {
        return schema + "\u0000" + name;
    }

    // An unqualified reference stays unqualified, as a rename writes it (see TableEdits.RenameTable).
    private static QualifiedName retarget(QualifiedName ref, QualifiedName to) {
        return ref.schema() == null ? QualifiedName.unqualified(to.name()) : to;
    }
}

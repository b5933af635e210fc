package dev.lintel.model.diff;

import dev.lintel.model.diff.Change.CommentChanged.CommentTarget;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Sequence;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Two schemas to typed changes. Objects are matched by name through maps, so the work is linear
 * in the size of the schemas (the only pairwise comparison is between the dropped and added
 * columns of one table, to propose renames). Renames are applied only when {@link RenameHints}
 * confirm them; everything that merely looks like a rename is returned as a proposal and diffed
 * as a drop plus an add.
 */
public final class SchemaDiffer {

    public SchemaDiff diff(Schema before, Schema after) {
        return diff(before, after, RenameHints.none());
    }

    public SchemaDiff diff(Schema before, Schema after, RenameHints hints) {
        // Changes of the database: relationships declared but not enforced are no constraint to add or drop.
        Schema from = before.enforced().normalize();
        Schema to = after.enforced().normalize();
        List<RenameProposal> proposals = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        ConfirmedRenames confirmed = renames(from, to, hints, proposals, changes);
        from = confirmed.applyTo(from);

        Map<QualifiedName, Table> old = byName(from.tables(), Table::name);
        for (Table t : to.tables()) {
            Table b = old.remove(t.name());
            if (b == null) {
                changes.add(new Change.TableAdded(t));
            } else if (!b.equals(t)) {
                // Most tables are unchanged: one equality walk, no maps.
                TableDiffer.diff(b, t, changes);
            }
        }
        old.values().forEach(t -> changes.add(new Change.TableDropped(t)));

        objects(from.enums(), to.enums(), EnumType::name, Change.EnumAdded::new, Change.EnumDropped::new,
                (b, a) -> {
                    if (!b.values().equals(a.values())) {
                        changes.add(new Change.EnumValuesChanged(b, a));
                    }
                    comment(changes, CommentTarget.TYPE, a.name(), b.comment(), a.comment());
                }, changes);
        objects(from.sequences(), to.sequences(), Sequence::name, Change.SequenceAdded::new, Change.SequenceDropped::new,
                (b, a) -> {
                    if (!b.withComment(null).equals(a.withComment(null))) {
                        changes.add(new Change.SequenceChanged(b, a));
                    }
                    comment(changes, CommentTarget.SEQUENCE, a.name(), b.comment(), a.comment());
                }, changes);
        objects(from.views(), to.views(), View::name, Change.ViewAdded::new, Change.ViewDropped::new,
                (b, a) -> {
                    if (!sameView(b, a)) {
                        changes.add(new Change.ViewChanged(b, a));
                    }
                    comment(changes, CommentTarget.VIEW, a.name(), b.comment(), a.comment());
                }, changes);
        return new SchemaDiff(changes, proposals);
    }

    private static ConfirmedRenames renames(Schema from, Schema to, RenameHints hints, List<RenameProposal> proposals,
                                            List<Change> changes) {
        ConfirmedRenames confirmed = new ConfirmedRenames();
        Map<QualifiedName, Table> after = to.tablesByName();
        Map<QualifiedName, Table> before = from.tablesByName();
        List<Table> dropped = from.tables().stream().filter(t -> !after.containsKey(t.name())).toList();
        List<Table> added = new ArrayList<>(to.tables().stream().filter(t -> !before.containsKey(t.name())).toList());
        Set<QualifiedName> taken = new HashSet<>();
        for (Table d : dropped) {
            for (Table a : added) {
                if (!taken.contains(a.name()) && hints.confirmsTable(d.name(), a.name())) {
                    confirmed.tables.put(d.name(), a.name());
                    changes.add(new Change.TableRenamed(d.name(), a.name()));
                    taken.add(a.name());
                    break;
                }
            }
        }
        List<Table> unpairedDropped = dropped.stream().filter(t -> !confirmed.tables.containsKey(t.name())).toList();
        List<Table> unpairedAdded = added.stream().filter(t -> !taken.contains(t.name())).toList();
        proposals.addAll(RenameDetector.tables(unpairedDropped, unpairedAdded));

        for (Table a : to.tables()) {
            QualifiedName oldName = confirmed.tables.entrySet().stream().filter(e -> e.getValue().equals(a.name()))
                    .map(Map.Entry::getKey).findFirst().orElse(a.name());
            Table b = before.get(oldName);
            if (b != null) {
                columnRenames(b, a, hints, confirmed, proposals, changes);
            }
        }
        return confirmed;
    }

    private static void columnRenames(Table b, Table a, RenameHints hints, ConfirmedRenames confirmed,
                                      List<RenameProposal> proposals, List<Change> changes) {
        if (sameColumnNames(b, a)) {
            return;
        }
        Set<String> afterNames = new HashSet<>();
        a.columns().forEach(c -> afterNames.add(c.name()));
        Set<String> beforeNames = new HashSet<>();
        b.columns().forEach(c -> beforeNames.add(c.name()));
        List<Column> dropped = new ArrayList<>(b.columns().stream().filter(c -> !afterNames.contains(c.name())).toList());
        List<Column> added = new ArrayList<>(a.columns().stream().filter(c -> !beforeNames.contains(c.name())).toList());
        if (dropped.isEmpty() || added.isEmpty()) {
            return;
        }
        for (Column d : List.copyOf(dropped)) {
            for (Column n : List.copyOf(added)) {
                if (hints.confirmsColumn(b.name(), d.name(), n.name()) || hints.confirmsColumn(a.name(), d.name(), n.name())) {
                    confirmed.column(a.name(), d.name(), n.name());
                    changes.add(new Change.ColumnRenamed(a.name(), d.name(), n.name()));
                    dropped.remove(d);
                    added.remove(n);
                    break;
                }
            }
        }
        proposals.addAll(RenameDetector.columns(b, a, dropped, added));
    }

    private static boolean sameColumnNames(Table b, Table a) {
        if (b.columns().size() != a.columns().size()) {
            return false;
        }
        for (int i = 0; i < b.columns().size(); i++) {
            if (!b.columns().get(i).name().equals(a.columns().get(i).name())) {
                return false;
            }
        }
        return true;
    }

    private static <T> void objects(List<T> before, List<T> after, Function<T, QualifiedName> name,
                                    Function<T, Change> added, Function<T, Change> dropped, BiConsumer<T, T> both,
                                    List<Change> changes) {
        Map<QualifiedName, T> old = byName(before, name);
        for (T a : after) {
            T b = old.remove(name.apply(a));
            if (b == null) {
                changes.add(added.apply(a));
            } else {
                both.accept(b, a);
            }
        }
        old.values().forEach(b -> changes.add(dropped.apply(b)));
    }

    private static void comment(List<Change> changes, CommentTarget target, QualifiedName name, String b, String a) {
        if (!Objects.equals(b, a)) {
            changes.add(new Change.CommentChanged(target, name, null, b, a));
        }
    }

    /** Views compare by their query with runs of blanks collapsed: the text is kept as written. */
    static boolean sameView(View b, View a) {
        return b.materialized() == a.materialized() && b.columnNames().equals(a.columnNames())
                && Objects.equals(b.options(), a.options()) && b.withData() == a.withData()
                && squash(b.definition()).equals(squash(a.definition()));
    }

    private static String squash(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.replaceAll("\\s+", " ");
    }

    private static <T> Map<QualifiedName, T> byName(List<T> items, Function<T, QualifiedName> name) {
        Map<QualifiedName, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(name.apply(i), i));
        return map;
    }
}

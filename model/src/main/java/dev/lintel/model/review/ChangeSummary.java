package dev.lintel.model.review;

import dev.lintel.model.diff.Change;
import dev.lintel.model.diff.SchemaDiff;
import dev.lintel.model.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What changed between a signed schema and the current one, summarized for people: tables added and
 * removed, and per changed table the columns added, removed and changed plus the other kinds of change.
 * Built from the diff engine's typed changes, so it never disagrees with the migration planner.
 */
public record ChangeSummary(List<QualifiedName> tablesAdded, List<QualifiedName> tablesRemoved,
                            List<TableChanges> tablesChanged, List<String> otherChanges) {

    /** Changes inside one table that exists on both sides. */
    public record TableChanges(QualifiedName table, List<String> columnsAdded, List<String> columnsRemoved,
                               List<String> columnsChanged, List<String> otherChanges) {
        public TableChanges {
            columnsAdded = List.copyOf(columnsAdded);
            columnsRemoved = List.copyOf(columnsRemoved);
            columnsChanged = List.copyOf(columnsChanged);
            otherChanges = List.copyOf(otherChanges);
        }
    }

    public ChangeSummary {
        tablesAdded = List.copyOf(tablesAdded);
        tablesRemoved = List.copyOf(tablesRemoved);
        tablesChanged = List.copyOf(tablesChanged);
        otherChanges = List.copyOf(otherChanges);
    }

    public static final ChangeSummary NONE = new ChangeSummary(List.of(), List.of(), List.of(), List.of());

    public boolean isEmpty() {
        return tablesAdded.isEmpty() && tablesRemoved.isEmpty() && tablesChanged.isEmpty() && otherChanges.isEmpty();
    }

    public static ChangeSummary of(SchemaDiff diff) {
        List<QualifiedName> added = new ArrayList<>();
        List<QualifiedName> removed = new ArrayList<>();
        List<String> other = new ArrayList<>();
        Map<String, Builder> tables = new TreeMap<>();
        for (Change c : diff.changes()) {
            if (c instanceof Change.TableAdded a) {
                added.add(a.table().name());
            } else if (c instanceof Change.TableDropped d) {
                removed.add(d.table().name());
            } else if (c instanceof Change.ColumnAdded a) {
                table(tables, a.table()).columnsAdded.add(a.column().name());
            } else if (c instanceof Change.ColumnDropped d) {
                table(tables, d.table()).columnsRemoved.add(d.column().name());
            } else if (c instanceof Change.ColumnChanged ch) {
                table(tables, ch.table()).columnsChanged.add(ch.after().name() + " (" + String.join(", ", ch.aspects().stream()
                        .map(a -> a.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList()) + ")");
            } else if (c instanceof Change.ColumnRenamed r) {
                table(tables, r.table()).columnsChanged.add(r.from() + " renamed to " + r.to());
            } else if (c instanceof Change.ConstraintAdded a) {
                table(tables, a.table()).other.add("constraint " + a.constraint().name() + " added");
            } else if (c instanceof Change.ConstraintDropped d) {
                table(tables, d.table()).other.add("constraint " + d.constraint().name() + " dropped");
            } else if (c instanceof Change.ConstraintValidated v) {
                table(tables, v.table()).other.add("constraint " + v.constraint().name() + " validated");
            } else if (c instanceof Change.ConstraintRenamed r) {
                table(tables, r.table()).other.add("constraint " + r.from() + " renamed to " + r.constraint().name());
            } else if (c instanceof Change.IndexRenamed r) {
                table(tables, r.table()).other.add("index " + r.from() + " renamed to " + r.index().name());
            } else if (c instanceof Change.IndexAdded a) {
                table(tables, a.table()).other.add("index " + a.index().name() + " added");
            } else if (c instanceof Change.IndexDropped d) {
                table(tables, d.table()).other.add("index " + d.index().name() + " dropped");
            } else if (c instanceof Change.CommentChanged cc && cc.column() != null) {
                table(tables, cc.object()).columnsChanged.add(cc.column() + " (comment)");
            } else if (c instanceof Change.CommentChanged cc && cc.target() == Change.CommentChanged.CommentTarget.TABLE) {
                table(tables, cc.object()).other.add("comment changed");
            } else {
                other.add(c.label() + " " + c.subject());
            }
        }
        added.sort(null);
        removed.sort(null);
        return new ChangeSummary(added, removed, tables.values().stream().map(Builder::build).toList(), other);
    }

    /** One line per kind of change, for a banner or the CLI. */
    public String describe() {
        if (isEmpty()) {
            return "no changes";
        }
        List<String> parts = new ArrayList<>();
        if (!tablesAdded.isEmpty()) {
            parts.add("tables added: " + names(tablesAdded));
        }
        if (!tablesRemoved.isEmpty()) {
            parts.add("tables removed: " + names(tablesRemoved));
        }
        for (TableChanges t : tablesChanged) {
            List<String> bits = new ArrayList<>();
            if (!t.columnsAdded().isEmpty()) {
                bits.add("columns added " + String.join(", ", t.columnsAdded()));
            }
            if (!t.columnsRemoved().isEmpty()) {
                bits.add("columns removed " + String.join(", ", t.columnsRemoved()));
            }
            if (!t.columnsChanged().isEmpty()) {
                bits.add("columns changed " + String.join(", ", t.columnsChanged()));
            }
            bits.addAll(t.otherChanges());
            parts.add(t.table() + ": " + String.join("; ", bits));
        }
        parts.addAll(otherChanges);
        return String.join("\n", parts);
    }

    private static String names(List<QualifiedName> names) {
        return String.join(", ", names.stream().map(QualifiedName::toString).toList());
    }

    private static Builder table(Map<String, Builder> tables, QualifiedName name) {
        return tables.computeIfAbsent(name.toString(), k -> new Builder(name));
    }

    private static final class Builder {
        final QualifiedName table;
        final List<String> columnsAdded = new ArrayList<>();
        final List<String> columnsRemoved = new ArrayList<>();
        final List<String> columnsChanged = new ArrayList<>();
        final List<String> other = new ArrayList<>();

        Builder(QualifiedName table) {
            this.table = table;
        }

        TableChanges build() {
            return new TableChanges(table, columnsAdded, columnsRemoved, columnsChanged, other);
        }
    }
}

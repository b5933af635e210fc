package dev.lintel.model.lint;

import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which tables an edit changed. The common edit (a column, key or index of existing tables) keeps
 * the table names in the same order; then a table's position is the same before and after, and
 * per-table outputs carry over by position. Other edits (tables added, removed, renamed, moved)
 * are compared by name.
 */
final class TableEdit {
    /** Same table names in the same order: {@link #changedPositions} is set and positions carry over. */
    final boolean sameNames;
    /** Positions (in both schemas) of the tables that differ; only when {@link #sameNames}. */
    final int[] changedPositions;
    /** Names of tables that differ, were added or were removed. */
    final Set<QualifiedName> changed;

    private TableEdit(boolean sameNames, int[] changedPositions, Set<QualifiedName> changed) {
        this.sameNames = sameNames;
        this.changedPositions = changedPositions;
        this.changed = changed;
    }

    static TableEdit between(Schema before, Schema after) {
        List<Table> b = before.tables();
        List<Table> a = after.tables();
        if (b.size() == a.size()) {
            int[] positions = new int[4];
            int n = 0;
            Set<QualifiedName> names = new HashSet<>();
            boolean same = true;
            for (int i = 0; i < b.size() && same; i++) {
                Table x = b.get(i);
                Table y = a.get(i);
                if (x == y) {
                    continue; // an edit copies the schema but keeps untouched tables: skip the deep comparison
                }
                same = x.name().equals(y.name());
                if (same && !x.equals(y)) {
                    if (n == positions.length) {
                        positions = java.util.Arrays.copyOf(positions, n * 2);
                    }
                    positions[n++] = i;
                    names.add(y.name());
                }
            }
            if (same) {
                return new TableEdit(true, java.util.Arrays.copyOf(positions, n), names);
            }
        }
        return new TableEdit(false, null, changedByName(before, after));
    }

    private static Set<QualifiedName> changedByName(Schema before, Schema after) {
        Map<QualifiedName, Table> old = new HashMap<>();
        before.tables().forEach(t -> old.put(t.name(), t));
        Set<QualifiedName> changed = new HashSet<>();
        for (Table t : after.tables()) {
            if (!t.equals(old.remove(t.name()))) {
                changed.add(t.name());
            }
        }
        changed.addAll(old.keySet());
        return changed;
    }

    /** True when every changed table has the same {@link Rule#schemaFacts} before and after (and names kept their order). */
    boolean keepsFacts(Rule rule, Schema before, Schema after) {
        if (!sameNames) {
            return false;
        }
        for (int i : changedPositions) {
            if (!Objects.equals(rule.schemaFacts(before.tables().get(i)), rule.schemaFacts(after.tables().get(i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Changed tables plus every table linked to one by a foreign key, before or after the edit.
     * Matching is by name and deliberately loose (an unqualified reference may denote any table
     * of that name) so that a change of how a reference resolves is never missed. Looks only at
     * tables of a changed table's bare name, through the contexts' indexes.
     */
    Set<QualifiedName> neighbourhood(LintContext before, LintContext after) {
        Set<QualifiedName> out = new HashSet<>(changed);
        for (LintContext ctx : List.of(before, after)) {
            for (QualifiedName c : changed) {
                for (Table t : ctx.tablesNamed(c.name())) {
                    // A table sharing a changed table's bare name may gain or lose unqualified references.
                    out.add(t.name());
                    if (t.name().equals(c)) {
                        for (ForeignKey fk : t.foreignKeys()) {
                            for (Table target : after.tablesNamed(fk.referencedTable().name())) {
                                if (mayDenote(fk.referencedTable(), target.name())) {
                                    out.add(target.name());
                                }
                            }
                        }
                    }
                }
                for (Table t : ctx.referrersOf(c.name())) {
                    if (!changed.contains(t.name()) && referencesMaybe(t, c)) {
                        out.add(t.name());
                    }
                }
            }
        }
        return out;
    }

    private static boolean referencesMaybe(Table t, QualifiedName name) {
        for (ForeignKey fk : t.foreignKeys()) {
            if (mayDenote(fk.referencedTable(), name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayDenote(QualifiedName ref, QualifiedName name) {
        return ref.equals(name) || (ref.schema() == null || name.schema() == null) && Objects.equals(ref.name(), name.name());
    }

    /** Positions (in the schema after the edit) of the named tables; only when {@link #sameNames}. */
    static int[] positions(Set<QualifiedName> names, LintContext after) {
        int[] out = new int[names.size()];
        int n = 0;
        for (QualifiedName name : names) {
            int p = after.positionOf(name);
            if (p >= 0) {
                out[n++] = p;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}

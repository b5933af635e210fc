package dev.lintel.model.edit;

import dev.lintel.model.schema.Schema;
import java.util.List;

/** Chooses the inverse of an applied edit: its typed inverse when that is exact, else a restore of what changed. */
final class Inverses {
    private Inverses() {
    }

    static Edit exact(Edit edit, Schema before, Schema after) {
        Edit natural = edit.inverseAgainst(before);
        if (natural != null) {
            try {
                if (same(natural.change(after), before)) {
                    return natural;
                }
            } catch (EditException e) {
                // the typed inverse does not fit (e.g. it would clash with a name): restore instead
            }
        }
        return restore(edit.label(), after, before);
    }

    /** The edit that turns {@code from} into {@code to}: a table restore when only tables differ, else a snapshot. */
    static Edit restore(String label, Schema from, Schema to) {
        boolean onlyTables = from.namespaces().equals(to.namespaces()) && from.extensions().equals(to.extensions())
                && from.enums().equals(to.enums()) && from.domains().equals(to.domains())
                && from.sequences().equals(to.sequences()) && from.views().equals(to.views())
                && from.opaqueObjects().equals(to.opaqueObjects());
        return onlyTables ? RestoreTables.between(label, from.tables(), to.tables()) : new RestoreSchema(label, from, to);
    }

    /**
     * Equality that first compares by reference: an edit copies the schema but keeps every object it
     * did not touch, so the deep comparison only runs on the few that differ.
     */
    static boolean same(Schema a, Schema b) {
        return a == b || sameList(a.tables(), b.tables()) && sameList(a.enums(), b.enums())
                && sameList(a.namespaces(), b.namespaces()) && sameList(a.domains(), b.domains())
                && sameList(a.sequences(), b.sequences()) && sameList(a.views(), b.views())
                && sameList(a.extensions(), b.extensions()) && sameList(a.opaqueObjects(), b.opaqueObjects());
    }

    static <T> boolean sameList(List<T> a, List<T> b) {
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            T x = a.get(i);
            T y = b.get(i);
            if (x != y && !x.equals(y)) {
                return false;
            }
        }
        return true;
    }
}

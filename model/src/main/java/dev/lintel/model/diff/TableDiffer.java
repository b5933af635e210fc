package dev.lintel.model.diff;

import dev.lintel.model.diff.Change.CommentChanged.CommentTarget;
import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.Table;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The changes inside one table present on both sides (renames already applied). Maps by name: linear in the table's size. */
final class TableDiffer {
    private TableDiffer() {
    }

    static void diff(Table before, Table after, List<Change> out) {
        Map<String, Column> old = new LinkedHashMap<>();
        before.columns().forEach(c -> old.put(c.name(), c));
        for (Column c : after.columns()) {
            Column b = old.remove(c.name());
            if (b == null) {
                out.add(new Change.ColumnAdded(after.name(), c));
                continue;
            }
            Set<ColumnAspect> aspects = aspects(b, c);
            if (!aspects.isEmpty()) {
                out.add(new Change.ColumnChanged(after.name(), b, c, aspects));
            }
            if (!Objects.equals(b.comment(), c.comment())) {
                out.add(new Change.CommentChanged(CommentTarget.COLUMN, after.name(), c.name(), b.comment(), c.comment()));
            }
        }
        old.values().forEach(c -> out.add(new Change.ColumnDropped(after.name(), c)));
        constraints(before, after, out);
        indexes(before, after, out);
        if (!Objects.equals(before.comment(), after.comment())) {
            out.add(new Change.CommentChanged(CommentTarget.TABLE, after.name(), null, before.comment(), after.comment()));
        }
    }

    static Set<ColumnAspect> aspects(Column b, Column a) {
        Set<ColumnAspect> s = EnumSet.noneOf(ColumnAspect.class);
        if (!b.type().equals(a.type())) {
            s.add(ColumnAspect.TYPE);
        }
        if (b.nullable() != a.nullable()) {
            s.add(ColumnAspect.NULLABILITY);
        }
        if (!Objects.equals(b.defaultExpression(), a.defaultExpression())) {
            s.add(ColumnAspect.DEFAULT);
        }
        if (!Objects.equals(b.identity(), a.identity())) {
            s.add(ColumnAspect.IDENTITY);
        }
        if (b.serial() != a.serial()) {
            s.add(ColumnAspect.SERIAL);
        }
        if (!Objects.equals(b.generatedExpression(), a.generatedExpression())) {
            s.add(ColumnAspect.GENERATED);
        }
        if (!Objects.equals(b.collation(), a.collation())) {
            s.add(ColumnAspect.COLLATION);
        }
        return s;
    }

    private static void constraints(Table before, Table after, List<Change> out) {
        Map<String, Constraint> old = new LinkedHashMap<>();
        before.constraints().forEach(c -> old.put(c.name(), c));
        Set<String> newNames = new java.util.HashSet<>();
        after.constraints().forEach(c -> newNames.add(c.name()));
        for (Constraint c : after.constraints()) {
            Constraint b = old.remove(c.name());
            Constraint same = b == null ? sameButName(old, newNames, c) : null;
            if (same != null) {
                old.remove(same.name());
                out.add(new Change.ConstraintRenamed(after.name(), same.name(), c));
            } else if (b == null) {
                out.add(new Change.ConstraintAdded(after.name(), c));
            } else if (b.equals(c)) {
                continue;
            } else if (validated(b).equals(c)) {
                out.add(new Change.ConstraintValidated(after.name(), c));
            } else {
                out.add(new Change.ConstraintDropped(after.name(), b));
                out.add(new Change.ConstraintAdded(after.name(), c));
            }
        }
        old.values().forEach(c -> out.add(new Change.ConstraintDropped(after.name(), c)));
    }

    /** An old constraint, gone from the new table by name, that equals {@code c} but for its name. */
    private static Constraint sameButName(Map<String, Constraint> old, Set<String> newNames, Constraint c) {
        for (Constraint b : old.values()) {
            if (!newNames.contains(b.name()) && b.getClass() == c.getClass() && renamed(b, c.name()).equals(c)) {
                return b;
            }
        }
        return null;
    }

    private static Constraint renamed(Constraint c, String name) {
        if (c instanceof ForeignKey fk) {
            return fk.withName(name);
        }
        if (c instanceof CheckConstraint check) {
            return check.withName(name);
        }
        if (c instanceof dev.lintel.model.schema.UniqueConstraint u) {
            return u.withName(name);
        }
        if (c instanceof dev.lintel.model.schema.PrimaryKey pk) {
            return pk.withName(name);
        }
        return c; // exclusion constraints: compared whole
    }

    /** The constraint as it is once validated (NOT VALID cleared); others unchanged. */
    private static Constraint validated(Constraint c) {
        if (c instanceof ForeignKey fk) {
            return fk.withNotValid(false);
        }
        if (c instanceof CheckConstraint check) {
            return check.withNotValid(false);
        }
        return c;
    }

    private static void indexes(Table before, Table after, List<Change> out) {
        Map<String, Index> old = new LinkedHashMap<>();
        before.indexes().forEach(i -> old.put(i.name(), i));
        Set<String> newNames = new java.util.HashSet<>();
        after.indexes().forEach(i -> newNames.add(i.name()));
        for (Index i : after.indexes()) {
            Index b = old.remove(i.name());
            Index same = null;
            if (b == null) {
                for (Index o : old.values()) {
                    if (!newNames.contains(o.name()) && o.withName(i.name()).equals(i)) {
                        same = o;
                        break;
                    }
                }
            }
            if (same != null) {
                old.remove(same.name());
                out.add(new Change.IndexRenamed(after.name(), same.name(), i));
            } else if (b == null) {
                out.add(new Change.IndexAdded(after.name(), i));
            } else if (!b.equals(i)) {
                out.add(new Change.IndexDropped(after.name(), b));
                out.add(new Change.IndexAdded(after.name(), i));
            }
        }
        old.values().forEach(i -> out.add(new Change.IndexDropped(after.name(), i)));
    }
}

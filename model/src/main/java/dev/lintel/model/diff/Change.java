package dev.lintel.model.diff;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Sequence;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.View;
import java.util.Set;

/**
 * One difference between two schemas, typed by what it touches and saying what changed. The
 * planner turns each into migration steps; {@link #destructive()} marks the ones that lose data
 * or break code still reading the old shape (they are held back until acknowledged).
 */
public sealed interface Change {

    /** The table the change belongs to; the object itself for schema-level objects. */
    QualifiedName subject();

    /** Short kebab-case label used in reports: {@code column-added}, {@code index-dropped} ... */
    String label();

    default boolean destructive() {
        return false;
    }

    record TableAdded(Table table) implements Change {
        public QualifiedName subject() { return table.name(); }
        public String label() { return "table-added"; }
    }

    record TableDropped(Table table) implements Change {
        public QualifiedName subject() { return table.name(); }
        public String label() { return "table-dropped"; }
        @Override public boolean destructive() { return true; }
    }

    /** Only from a confirmed rename; an unconfirmed one is a drop plus an add. */
    record TableRenamed(QualifiedName from, QualifiedName to) implements Change {
        public QualifiedName subject() { return to; }
        public String label() { return "table-renamed"; }
    }

    record ColumnAdded(QualifiedName table, Column column) implements Change {
        public QualifiedName subject() { return table; }
        public String label() { return "column-added"; }
    }

    record ColumnDropped(QualifiedName table, Column column) implements Change {
        public QualifiedName subject() { return table; }
        public String label() { return "column-dropped"; }
        @Override public boolean destructive() { return true; }
    }

    record ColumnRenamed(QualifiedName table, String from, String to) implements Change {
        public QualifiedName subject() { return table; }
        public String label() { return "column-renamed"; }
    }

    /** Same column name on both sides; {@code aspects} says which properties differ. */
    record ColumnChanged(QualifiedName table, Column before, Column after, Set<ColumnAspect> aspects) implements Change {
        public ColumnChanged {
            aspects = Set.copyOf(aspects);
        }
        public QualifiedName subject() { return table; }
        public String label() { return "column-changed"; }
    }

    record ConstraintAdded(QualifiedName table, Constraint constraint) implements Change {
        public QualifiedName subject() { return table; }
        public String label() { return "constraint-added"; }
    }

    record ConstraintDropped(QualifiedName table, Constraint constraint) implements Change {
        public QualifiedName subject() { return table; }
        public String label() { return "constraint-dropped"; }
    }

    /** A NOT VALID constraint that the target schema has validated. */
    record ConstraintValidated(QualifiedName table, Constraint constraint) implements Change {
        public QualifiedName subject() { return table; }
        public String label() { return "constraint-validated"; }
    }

    /**
     * A constraint whose only change is its name (typically re-derived after a column rename):
     * renamed in place, so that the constraint is neither dropped nor rebuilt.
     */
    record ConstraintRenamed(QualifiedName table, String from, Constraint constraint) implements Change {
        public QualifiedName subject() { return table; }
        public String label() { return "constraint-renamed"; }
    }

    /** An index whose only change is its name: renamed in place rather than rebuilt. */
    record IndexRenamed(QualifiedName table, String from, Index index) implements Change {
        public QualifiedName subject() { return table; }
        public String label() { return "index-renamed"; }
    }

    record IndexAdded(QualifiedName table, Index index) implements Change {
        public QualifiedName subject() { return table; }
        public String label() { return "index-added"; }
    }

    record IndexDropped(QualifiedName table, Index index) implements Change {
        public QualifiedName subject() { return table; }
        public String label() { return "index-dropped"; }
    }

    record EnumAdded(EnumType type) implements Change {
        public QualifiedName subject() { return type.name(); }
        public String label() { return "enum-added"; }
    }

    record EnumDropped(EnumType type) implements Change {
        public QualifiedName subject() { return type.name(); }
        public String label() { return "enum-dropped"; }
        @Override public boolean destructive() { return true; }
    }

    record EnumValuesChanged(EnumType before, EnumType after) implements Change {
        public QualifiedName subject() { return after.name(); }
        public String label() { return "enum-values-changed"; }
        @Override public boolean destructive() { return !after.values().containsAll(before.values()); }
    }

    record SequenceAdded(Sequence sequence) implements Change {
        public QualifiedName subject() { return sequence.name(); }
        public String label() { return "sequence-added"; }
    }

    record SequenceDropped(Sequence sequence) implements Change {
        public QualifiedName subject() { return sequence.name(); }
        public String label() { return "sequence-dropped"; }
        @Override public boolean destructive() { return true; }
    }

    record SequenceChanged(Sequence before, Sequence after) implements Change {
        public QualifiedName subject() { return after.name(); }
        public String label() { return "sequence-changed"; }
    }

    record ViewAdded(View view) implements Change {
        public QualifiedName subject() { return view.name(); }
        public String label() { return "view-added"; }
    }

    record ViewDropped(View view) implements Change {
        public QualifiedName subject() { return view.name(); }
        public String label() { return "view-dropped"; }
    }

    record ViewChanged(View before, View after) implements Change {
        public QualifiedName subject() { return after.name(); }
        public String label() { return "view-changed"; }
    }

    /**
     * A comment set, changed or removed ({@code after} null) on an object that exists on both
     * sides; new objects carry their comments with them.
     */
    record CommentChanged(CommentTarget target, QualifiedName object, String column, String before, String after)
            implements Change {
        public enum CommentTarget { TABLE, COLUMN, VIEW, TYPE, SEQUENCE }
        public QualifiedName subject() { return object; }
        public String label() { return "comment-changed"; }
    }
}

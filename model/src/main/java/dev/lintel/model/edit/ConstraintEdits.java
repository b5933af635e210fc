package dev.lintel.model.edit;

import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Adding and dropping the keys, checks and indexes of a table. Added objects go last in their list;
 * the inverse of a drop puts them back where they were.
 */
public final class ConstraintEdits {
    private ConstraintEdits() {
    }

    /** Adds a primary key; its columns become NOT NULL, as in PostgreSQL. */
    public record AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Edit {
        public String label() {
            return "Add primary key (" + String.join(", ", primaryKey.columns()) + ")";
        }

        public Schema change(Schema s) {
            return Targets.onTable(s, table, t -> {
                if (t.primaryKey() != null) {
                    throw new EditException("Table " + t.name().name() + " already has a primary key");
                }
                requireColumns(t, primaryKey.columns());
                requireFreeName(t, primaryKey.name());
                Table keyed = t.toBuilder().primaryKey(primaryKey).build();
                for (String c : primaryKey.columns()) {
                    keyed = Targets.onColumn(keyed, c, col -> col.withNullable(false));
                }
                return keyed;
            });
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new DropPrimaryKey(table);
        }
    }

    public record DropPrimaryKey(QualifiedName table) implements Edit {
        public String label() {
            return "Drop primary key";
        }

        public Schema change(Schema s) {
            return Targets.onTable(s, table, t -> {
                if (t.primaryKey() == null) {
                    throw new EditException("Table " + t.name().name() + " has no primary key");
                }
                return t.toBuilder().primaryKey(null).build();
            });
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new AddPrimaryKey(table, Targets.table(before, table).primaryKey());
        }
    }

    public record AddUnique(QualifiedName table, UniqueConstraint constraint) implements Edit {
        public String label() {
            return "Add unique constraint " + constraint.name();
        }

        public Schema change(Schema s) {
            return Targets.onTable(s, table, t -> {
                requireColumns(t, constraint.columns());
                requireFreeName(t, constraint.name());
                return t.toBuilder().addUnique(constraint).build();
            });
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new DropUnique(table, constraint.name());
        }
    }

    public record DropUnique(QualifiedName table, String name) implements Edit {
        public String label() {
            return "Drop unique constraint " + name;
        }

        public Schema change(Schema s) {
            return Targets.onTable(s, table, t -> t.toBuilder()
                    .uniqueConstraints(without(t, t.uniqueConstraints(), UniqueConstraint::name, name)).build());
        }
    }

    public record AddForeignKey(QualifiedName table, ForeignKey foreignKey) implements Edit {
        public String label() {
            return "Add foreign key " + foreignKey.name();
        }

        public Schema change(Schema s) {
            return Targets.onTable(s, table, t -> {
                requireColumns(t, foreignKey.columns());
                requireFreeName(t, foreignKey.name());
                return t.toBuilder().addForeignKey(foreignKey).build();
            });
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new DropForeignKey(table, foreignKey.name());
        }
    }

    public record DropForeignKey(QualifiedName table, String name) implements Edit {
        public String label() {
            return "Drop foreign key " + name;
        }

        public Schema change(Schema s) {
            return Targets.onTable(s, table, t -> t.toBuilder()
                    .foreignKeys(without(t, t.foreignKeys(), ForeignKey::name, name)).build());
        }
    }

    public record AddCheck(QualifiedName table, CheckConstraint check) implements Edit {
        public String label() {
            return "Add check " + check.name();
        }

        public Schema change(Schema s) {
            return Targets.onTable(s, table, t -> {
                requireFreeName(t, check.name());
                return t.toBuilder().addCheck(check).build();
            });
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new DropCheck(table, check.name());
        }
    }

    public record DropCheck(QualifiedName table, String name) implements Edit {
        public String label() {
            return "Drop check " + name;
        }

        public Schema change(Schema s) {
            return Targets.onTable(s, table, t -> t.toBuilder().checks(without(t, t.checks(), CheckConstraint::name, name)).build());
        }
    }

    public record AddIndex(QualifiedName table, Index index) implements Edit {
        public String label() {
            return "Add index " + index.name();
        }

        public Schema change(Schema s) {
            return Targets.onTable(s, table, t -> {
                requireColumns(t, index.leadingColumns());
                if (t.indexes().stream().anyMatch(i -> i.name().equals(index.name()))) {
                    throw new EditException("Table " + t.name().name() + " already has an index " + index.name());
                }
                return t.toBuilder().addIndex(index).build();
            });
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new DropIndex(table, index.name());
        }
    }

    public record DropIndex(QualifiedName table, String name) implements Edit {
        public String label() {
            return "Drop index " + name;
        }

        public Schema change(Schema s) {
            return Targets.onTable(s, table, t -> t.toBuilder().indexes(without(t, t.indexes(), Index::name, name)).build());
        }
    }

    private static void requireColumns(Table t, List<String> columns) {
        columns.forEach(c -> Targets.column(t, c));
    }

    private static void requireFreeName(Table t, String name) {
        if (name != null && t.constraints().stream().map(Constraint::name).anyMatch(name::equals)) {
            throw new EditException("Table " + t.name().name() + " already has a constraint " + name);
        }
    }

    private static <T> List<T> without(Table t, List<T> items, Function<T, String> nameOf, String name) {
        Predicate<T> named = i -> Objects.equals(nameOf.apply(i), name);
        if (items.stream().noneMatch(named)) {
            throw new EditException("Table " + t.name().name() + " has no " + name);
        }
        return items.stream().filter(named.negate()).toList();
    }
}

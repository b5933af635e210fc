package dev.lintel.model.edit;

import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.ExclusionConstraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Identity;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Edits of one column: add, rename, drop, move, and each of its properties. */
public final class ColumnEdits {
    private ColumnEdits() {
    }

    /** Adds a column at {@code position} (-1: last). */
    public record AddColumn(QualifiedName table, Column column, int position) implements Edit {
        public AddColumn {
            Objects.requireNonNull(column, "column");
        }

        public String label() {
            return "Add column " + column.name();
        }

        public Schema change(Schema s) {
            return Targets.onTable(s, table, t -> {
                Targets.requireFreeColumnName(t, column.name());
                return t.withColumns(Targets.inserted(t.columns(), position, column));
            });
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new DropColumn(table, column.name());
        }
    }

    /**
     * Renames a column and every reference to it: the table's keys, indexes, checks and generated
     * columns, and the foreign keys (of any table) that point at it.
     */
    public record RenameColumn(QualifiedName table, String column, String newName) implements Edit {
        public String label() {
            return "Rename column " + column + " to " + newName;
        }

        public Schema change(Schema s) {
            Table owner = Targets.table(s, table);
            Targets.column(owner, column);
            if (column.equals(newName)) {
                return s;
            }
            Targets.requireFreeColumnName(owner, newName);
            List<Table> out = new ArrayList<>(s.tables().size());
            for (Table t : s.tables()) {
                Table next = t.name().equals(table) ? renamedWithin(t) : t;
                out.add(retargetReferences(s, next));
            }
            return s.withTables(out);
        }

        private Table renamedWithin(Table t) {
            Table.Builder b = t.toBuilder();
            b.columns(t.columns().stream().map(c -> (c.name().equals(column) ? c.withName(newName) : c)
                    .withGenerated(SqlNames.rename(c.generatedExpression(), column, newName))).toList());
            if (t.primaryKey() != null) {
                b.primaryKey(t.primaryKey().withColumns(names(t.primaryKey().columns())));
            }
            b.uniqueConstraints(t.uniqueConstraints().stream().map(u -> u.withColumns(names(u.columns()))).toList());
            b.foreignKeys(t.foreignKeys().stream().map(f -> f.withColumns(names(f.columns()))).toList());
            b.checks(t.checks().stream().map(c -> new CheckConstraint(c.name(),
                    SqlNames.rename(c.expression(), column, newName), c.notValid(), c.noInherit())).toList());
            b.exclusions(t.exclusions().stream().map(x -> new ExclusionConstraint(x.name(),
                    SqlNames.rename(x.definition(), column, newName), x.deferrability())).toList());
            b.indexes(t.indexes().stream().map(this::renamedIn).toList());
            return b.build();
        }

        private Index renamedIn(Index i) {
            List<IndexKey> keys = i.keys().stream().map(k -> k.isColumn()
                    ? new IndexKey(k.column().equals(column) ? newName : k.column(), null, k.collation(), k.opclass(), k.order(), k.nulls())
                    : new IndexKey(null, SqlNames.rename(k.expression(), column, newName), k.collation(), k.opclass(), k.order(), k.nulls()))
                    .toList();
            return new Index(i.name(), i.unique(), i.method(), keys, names(i.include()),
                    SqlNames.rename(i.where(), column, newName), i.nullsNotDistinct());
        }

        private Table retargetReferences(Schema s, Table t) {
            if (t.foreignKeys().stream().noneMatch(fk -> fk.referencedColumns().contains(column)
                    && TableEdits.pointsAt(s, fk, table))) {
                return t;
            }
            return t.toBuilder().foreignKeys(t.foreignKeys().stream()
                    .map(fk -> TableEdits.pointsAt(s, fk, table) ? fk.withReferencedColumns(names(fk.referencedColumns())) : fk)
                    .toList()).build();
        }

        private List<String> names(List<String> names) {
            return names.stream().map(n -> n.equals(column) ? newName : n).toList();
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new RenameColumn(table, newName, column);
        }
    }

    /**
     * Drops a column with what cannot exist without it, as PostgreSQL does: the keys, checks and
     * indexes of its table that use it, and the foreign keys (of any table) that reference it.
     */
    public record DropColumn(QualifiedName table, String column) implements Edit {
        public String label() {
            return "Drop column " + column;
        }

        public Schema change(Schema s) {
            Table owner = Targets.table(s, table);
            Targets.column(owner, column);
            List<Table> out = new ArrayList<>(s.tables().size());
            for (Table t : s.tables()) {
                Table next = t.name().equals(table) ? droppedFrom(t) : t;
                List<ForeignKey> kept = next.foreignKeys().stream()
                        .filter(fk -> !(TableEdits.pointsAt(s, fk, table) && s.resolvedReferencedColumns(fk).contains(column)))
                        .toList();
                out.add(kept.size() == next.foreignKeys().size() ? next : next.toBuilder().foreignKeys(kept).build());
            }
            return s.withTables(out);
        }

        private Table droppedFrom(Table t) {
            Table.Builder b = t.toBuilder();
            b.columns(t.columns().stream().filter(c -> !c.name().equals(column)).toList());
            PrimaryKey pk = t.primaryKey();
            b.primaryKey(pk != null && pk.columns().contains(column) ? null : pk);
            b.uniqueConstraints(t.uniqueConstraints().stream().filter(u -> !u.columns().contains(column)).toList());
            b.foreignKeys(t.foreignKeys().stream().filter(f -> !f.columns().contains(column)).toList());
            b.checks(t.checks().stream().filter(c -> !SqlNames.mentions(c.expression(), column)).toList());
            b.exclusions(t.exclusions().stream().filter(x -> !SqlNames.mentions(x.definition(), column)).toList());
            b.indexes(t.indexes().stream().filter(i -> !uses(i)).toList());
            return b.build();
        }

        private boolean uses(Index i) {
            return i.include().contains(column) || SqlNames.mentions(i.where(), column)
                    || i.keys().stream().anyMatch(k -> k.isColumn() ? k.column().equals(column) : SqlNames.mentions(k.expression(), column));
        }
    }

    /** Moves a column to {@code position} in the table (0 = first). */
    public record MoveColumn(QualifiedName table, String column, int position) implements Edit {
        public String label() {
            return "Move column " + column;
        }

        public Schema change(Schema s) {
            return Targets.onTable(s, table, t -> {
                int from = Targets.columnIndex(t, column);
                if (position < 0 || position >= t.columns().size()) {
                    throw new EditException("Column position " + position + " is outside table " + t.name().name());
                }
                List<Column> cols = new ArrayList<>(t.columns());
                cols.add(position, cols.remove(from));
                return t.withColumns(cols);
            });
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new MoveColumn(table, column, Targets.columnIndex(Targets.table(before, table), column));
        }
    }

    public record SetColumnType(QualifiedName table, String column, DataType type) implements Edit {
        public String label() {
            return "Change type of " + column + " to " + type;
        }

        public Schema change(Schema s) {
            return Targets.onTable(s, table, t -> Targets.onColumn(t, column, c -> c.withType(type)));
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new SetColumnType(table, column, old(before, table, column).type());
        }
    }

    /** Makes a column nullable or NOT NULL; a primary-key column cannot become nullable. */
    public record SetNullable(QualifiedName table, String column, boolean nullable) implements Edit {
        public String label() {
            return nullable ? "Make " + column + " nullable" : "Make " + column + " NOT NULL";
        }

        public Schema change(Schema s) {
            return Targets.onTable(s, table, t -> {
                if (nullable && t.isPrimaryKeyColumn(column)) {
                    throw new EditException(column + " is in the primary key, which implies NOT NULL");
                }
                return Targets.onColumn(t, column, c -> c.withNullable(nullable));
            });
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new SetNullable(table, column, old(before, table, column).nullable());
        }
    }

    /** Sets or (null or blank) removes a column's default expression. */
    public record SetDefault(QualifiedName table, String column, String expression) implements Edit {
        public String label() {
            return (TableEdits.blankToNull(expression) == null ? "Remove default of " : "Set default of ") + column;
        }

        public Schema change(Schema s) {
            return Targets.onTable(s, table, t -> Targets.onColumn(t, column, c -> c.withDefault(expression)));
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new SetDefault(table, column, old(before, table, column).defaultExpression());
        }
    }

    /** Makes a column an identity column, or (null) no longer one. */
    public record SetIdentity(QualifiedName table, String column, Identity identity) implements Edit {
        public String label() {
            return (identity == null ? "Remove identity of " : "Make identity ") + column;
        }

        public Schema change(Schema s) {
            return Targets.onTable(s, table, t -> Targets.onColumn(t, column, c -> c.withIdentity(identity)));
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new SetIdentity(table, column, old(before, table, column).identity());
        }
    }

    public record SetColumnComment(QualifiedName table, String column, String comment) implements Edit {
        public String label() {
            return "Edit comment of column " + column;
        }

        public Schema change(Schema s) {
            return Targets.onTable(s, table, t -> Targets.onColumn(t, column, c -> c.withComment(TableEdits.blankToNull(comment))));
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new SetColumnComment(table, column, old(before, table, column).comment());
        }
    }

    private static Column old(Schema before, QualifiedName table, String column) {
        return Targets.column(Targets.table(before, table), column);
    }
}

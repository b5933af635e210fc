package dev.lintel.model.lint.fix;

import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Identity;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One pure edit of a schema, described by its kind and parameters so that the migration planner
 * can turn it into SQL and the canvas can apply it. Applying an edit to a schema that lacks its
 * table or column returns the schema unchanged: fixes may be applied after other edits.
 */
public sealed interface SchemaEdit {
    QualifiedName table();

    Schema apply(Schema schema);

    private static Schema onTable(Schema s, QualifiedName table, UnaryOperator<Table> f) {
        return s.mapTable(table, f);
    }

    private static Table onColumn(Table t, String column, UnaryOperator<Column> f) {
        return t.withColumns(t.columns().stream().map(c -> c.name().equals(column) ? f.apply(c) : c).toList());
    }

    /** Adds a column at {@code position} (0 = first), or last when the position is out of range. */
    record AddColumn(QualifiedName table, Column column, int position) implements SchemaEdit {
        public Schema apply(Schema s) {
            return onTable(s, table, t -> {
                if (t.hasColumn(column.name())) {
                    return t;
                }
                List<Column> cols = new ArrayList<>(t.columns());
                cols.add(position >= 0 && position <= cols.size() ? position : cols.size(), column);
                return t.withColumns(cols);
            });
        }
    }

    record AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements SchemaEdit {
        public Schema apply(Schema s) {
            return onTable(s, table, t -> {
                Table.Builder b = t.toBuilder().primaryKey(primaryKey);
                // PostgreSQL makes primary-key columns NOT NULL; the model says so explicitly.
                Table withPk = b.build();
                for (String c : primaryKey.columns()) {
                    withPk = onColumn(withPk, c, col -> col.withNullable(false));
                }
                return withPk;
            });
        }
    }

    record AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements SchemaEdit {
        public Schema apply(Schema s) {
            return onTable(s, table, t -> t.toBuilder().addUnique(constraint).build());
        }
    }

    record AddCheck(QualifiedName table, CheckConstraint check) implements SchemaEdit {
        public Schema apply(Schema s) {
            return onTable(s, table, t -> t.toBuilder().addCheck(check).build());
        }
    }

    record AddIndex(QualifiedName table, Index index) implements SchemaEdit {
        public Schema apply(Schema s) {
            return onTable(s, table, t -> t.toBuilder().addIndex(index).build());
        }
    }

    /** Adds a foreign key (e.g. promoting a column that only looks like a reference); a no-op when one of that name exists. */
    record AddForeignKey(QualifiedName table, ForeignKey foreignKey) implements SchemaEdit {
        public Schema apply(Schema s) {
            return onTable(s, table, t -> t.foreignKeys().stream().anyMatch(f -> Objects.equals(f.name(), foreignKey.name()))
                    ? t : t.toBuilder().addForeignKey(foreignKey).build());
        }
    }

    /** Makes a relationship the design declared {@link ForeignKey#notEnforced} a constraint the database holds. */
    record EnforceForeignKey(QualifiedName table, String foreignKey) implements SchemaEdit {
        public Schema apply(Schema s) {
            return onTable(s, table, t -> t.toBuilder().foreignKeys(t.foreignKeys().stream()
                    .map(f -> Objects.equals(f.name(), foreignKey) ? f.withNotEnforced(false) : f).toList()).build());
        }
    }

    record DropIndex(QualifiedName table, String index) implements SchemaEdit {
        public Schema apply(Schema s) {
            return onTable(s, table, t -> t.toBuilder()
                    .indexes(t.indexes().stream().filter(i -> !i.name().equals(index)).toList()).build());
        }
    }

    record DropForeignKey(QualifiedName table, String constraint) implements SchemaEdit {
        public Schema apply(Schema s) {
            return onTable(s, table, t -> t.toBuilder()
                    .foreignKeys(t.foreignKeys().stream().filter(f -> !Objects.equals(f.name(), constraint)).toList())
                    .build());
        }
    }

    record SetForeignKeyMatch(QualifiedName table, String constraint, ForeignKey.Match match) implements SchemaEdit {
        public Schema apply(Schema s) {
            return onTable(s, table, t -> t.toBuilder().foreignKeys(t.foreignKeys().stream()
                    .map(f -> Objects.equals(f.name(), constraint) ? f.withMatch(match) : f).toList()).build());
        }
    }

    record SetNotNull(QualifiedName table, String column, boolean notNull) implements SchemaEdit {
        public Schema apply(Schema s) {
            return onTable(s, table, t -> onColumn(t, column, c -> c.withNullable(!notNull)));
        }
    }

    record SetDefault(QualifiedName table, String column, String expression) implements SchemaEdit {
        public Schema apply(Schema s) {
            return onTable(s, table, t -> onColumn(t, column, c -> c.withDefault(expression)));
        }
    }

    /**
     * Changes a column's type. A serial column widened to {@code bigint} becomes {@code bigserial},
     * because a serial's sequence follows its column's type.
     */
    record SetColumnType(QualifiedName table, String column, DataType type) implements SchemaEdit {
        public Schema apply(Schema s) {
            return onTable(s, table, t -> onColumn(t, column, c -> {
                Column typed = c.withType(type);
                return c.serial() != Column.SerialKind.NONE && type.name().equals("bigint")
                        ? typed.withSerial(Column.SerialKind.BIGSERIAL) : typed;
            }));
        }
    }

    /** Replaces a serial pseudo-type by an identity column of the same integer width. */
    record UseIdentity(QualifiedName table, String column, Identity identity) implements SchemaEdit {
        public Schema apply(Schema s) {
            return onTable(s, table, t -> onColumn(t, column, c -> c.withSerial(Column.SerialKind.NONE)
                    .withDefault(null).withIdentity(identity).withNullable(false)
                    .withType(DataType.of(switch (c.serial()) {
                        case SMALLSERIAL -> "smallint";
                        case BIGSERIAL -> "bigint";
                        case SERIAL -> "integer";
                        case NONE -> c.type().name();
                    }))));
        }
    }
}

package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Identity;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.OpaqueObject;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** {@code ALTER TABLE [IF EXISTS] [ONLY] t action, ...} in its PostgreSQL, H2 and MySQL forms. */
final class AlterTableReader {
    private AlterTableReader() {
    }

    static void read(TokenCursor in, SchemaBuilder schema) {
        in.expectWords("ALTER", "TABLE");
        boolean ifExists = in.acceptWords("IF", "EXISTS");
        in.acceptWords("ONLY");
        QualifiedName name = in.qualifiedName();
        in.acceptSymbol("*");
        Table.Builder table = schema.table(name);
        if (table == null) {
            if (ifExists) {
                schema.info("ALTER TABLE IF EXISTS on unknown table " + name + ": nothing to do");
            } else {
                schema.warning("ALTER TABLE on unknown table " + name + " skipped");
            }
            return;
        }
        do {
            readAction(in, schema, table);
        } while (in.acceptSymbol(","));
        if (!in.atEnd()) {
            throw new DdlSyntaxException("unexpected '" + in.peek().text() + "' in ALTER TABLE");
        }
    }

    private static void readAction(TokenCursor in, SchemaBuilder schema, Table.Builder table) {
        if (in.acceptWords("ADD")) {
            readAdd(in, schema, table);
        } else if (in.acceptWords("DROP")) {
            readDrop(in, schema, table);
        } else if (in.acceptWords("ALTER")) {
            in.acceptWords("COLUMN");
            String column = in.identifier();
            readAlterColumn(in, schema, table, column);
        } else if (in.acceptWords("MODIFY")) {
            in.acceptWords("COLUMN");
            replaceColumn(schema, table, null, ColumnReader.read(in, schema, false));
        } else if (in.acceptWords("CHANGE")) {
            in.acceptWords("COLUMN");
            String old = in.identifier();
            replaceColumn(schema, table, old, ColumnReader.read(in, schema, false));
        } else if (in.acceptWords("VALIDATE", "CONSTRAINT")) {
            validate(schema, table, in.identifier());
        } else if (in.acceptWords("RENAME")) {
            readRename(in, schema, table);
        } else if (in.acceptWords("OWNER", "TO")) {
            in.next();
        } else if (in.acceptWords("ATTACH", "PARTITION")) {
            attachPartition(in, schema, table);
        } else if (in.acceptWords("DETACH", "PARTITION")) {
            Table.Builder child = schema.table(in.qualifiedName());
            in.skipUntilAtDepthZero(",");
            if (child != null) {
                child.partitionOf(null, null);
            }
        } else if (in.acceptWords("SET", "SCHEMA")) {
            moveToSchema(schema, table, in.identifier());
        } else if (in.acceptWords("INHERIT")) {
            List<QualifiedName> parents = new ArrayList<>(table.build().inherits());
            parents.add(schema.qualify(in.qualifiedName()));
            table.inherits(parents);
        } else if (in.acceptWords("NO", "INHERIT")) {
            QualifiedName parent = schema.qualify(in.qualifiedName());
            table.inherits(table.build().inherits().stream().filter(p -> !p.equals(parent)).toList());
        } else if (in.acceptWords("SET", "UNLOGGED")) {
            table.unlogged(true);
        } else if (in.acceptWords("SET", "LOGGED")) {
            table.unlogged(false);
        } else if (in.acceptWords("COMMENT")) {
            table.comment(ColumnReader.readStringValue(in));
        } else {
            // ENABLE/DISABLE TRIGGER, ROW LEVEL SECURITY, CLUSTER ON, REPLICA IDENTITY, SET (...), ENGINE=...
            int from = in.position();
            in.skipUntilAtDepthZero(",");
            String action = in.textBetween(from, in.position());
            if (schema.dialect == Dialect.POSTGRES) {
                // Kept verbatim so the export still does it (row level security is what policies need).
                schema.opaqueObjects.add(new OpaqueObject("ALTER TABLE", table.name(),
                        "ALTER TABLE " + schema.dialect.qualified(table.name()) + " " + action));
                schema.info("ALTER TABLE action not represented in the model kept as opaque SQL: " + action);
            } else {
                schema.info("ALTER TABLE action not represented in the model: " + action);
            }
        }
    }

    private static void readAdd(TokenCursor in, SchemaBuilder schema, Table.Builder table) {
        if (!in.peek().isWord("COLUMN") && ConstraintReader.atTableConstraint(in)) {
            TableConstraints.add(schema, table, ConstraintReader.readTableConstraint(in));
            return;
        }
        in.acceptWords("COLUMN");
        boolean ifNotExists = in.acceptWords("IF", "NOT", "EXISTS");
        ColumnReader.ColumnDefinition def = ColumnReader.read(in, schema, false);
        if (ifNotExists && table.columns().stream().anyMatch(c -> c.name().equals(def.column().name()))) {
            return;
        }
        CreateTableReader.addColumn(schema, table, def);
        if (def.position() != null) {
            moveColumn(table, def.column().name(), def.position());
        }
        schema.locate(ObjectPath.column(table.name(), def.column().name()));
        CreateTableReader.addInPostgresOrder(schema, table, def.constraints());
    }

    private static void readDrop(TokenCursor in, SchemaBuilder schema, Table.Builder table) {
        if (in.acceptWords("CONSTRAINT") || in.acceptWords("FOREIGN", "KEY") || in.acceptWords("CHECK")) {
            boolean ifExists = in.acceptWords("IF", "EXISTS");
            String name = in.identifier();
            in.acceptWords("CASCADE");
            in.acceptWords("RESTRICT");
            if (TableConstraints.drop(table, name)) {
                schema.releaseName(table.name().schema(), name);
                schema.forget(ObjectPath.constraint(table.name(), name));
            } else if (!ifExists) {
                schema.warning("DROP CONSTRAINT of unknown constraint " + name + " on " + table.name());
            }
        } else if (in.acceptWords("PRIMARY", "KEY")) {
            if (table.primaryKey() != null) {
                schema.releaseName(table.name().schema(), table.primaryKey().name());
                table.primaryKey(null);
            }
        } else if (in.acceptWords("INDEX") || in.acceptWords("KEY")) {
            String name = in.identifier();
            if (!table.indexes().removeIf(i -> i.name().equals(name)) && !TableConstraints.drop(table, name)) {
                schema.warning("DROP INDEX of unknown index " + name);
            }
            schema.releaseName(table.name().schema(), name);
        } else {
            in.acceptWords("COLUMN");
            boolean ifExists = in.acceptWords("IF", "EXISTS");
            for (String name : droppedColumns(in, schema)) {
                if (!table.columns().removeIf(c -> c.name().equals(name))) {
                    if (!ifExists) {
                        schema.warning("DROP COLUMN of unknown column " + name + " on " + table.name());
                    }
                    continue;
                }
                schema.forget(ObjectPath.column(table.name(), name));
                dropConstraintsUsing(table, name);
                OwnedSequences.dropOwnedBy(schema, table.name(), name);
            }
        }
    }

    /**
     * The column(s) of one DROP COLUMN. H2 drops several at once, {@code DROP COLUMN a, b} or
     * {@code DROP COLUMN (a, b)}; its ALTER TABLE takes a single action, so there a comma
     * continues the column list rather than starting another action.
     */
    private static List<String> droppedColumns(TokenCursor in, SchemaBuilder schema) {
        boolean h2 = schema.dialect == dev.lintel.model.dialect.Dialect.H2;
        List<String> names = new ArrayList<>();
        if (h2 && in.acceptSymbol("(")) {
            do {
                names.add(in.identifier());
            } while (in.acceptSymbol(","));
            in.expectSymbol(")");
            return names;
        }
        names.add(in.identifier());
        in.acceptWords("CASCADE");
        in.acceptWords("RESTRICT");
        while (h2 && in.acceptSymbol(",")) {
            names.add(in.identifier());
        }
        return names;
    }

    /** PostgreSQL drops the constraints and indexes that use a dropped column. */
    private static void dropConstraintsUsing(Table.Builder table, String column) {
        if (table.primaryKey() != null && table.primaryKey().columns().contains(column)) {
            table.primaryKey(null);
        }
        table.uniqueConstraints().removeIf(u -> u.columns().contains(column));
        table.foreignKeys().removeIf(f -> f.columns().contains(column));
        table.indexes().removeIf(i -> i.keys().stream().anyMatch(k -> column.equals(k.column())));
        table.checks().removeIf(c -> column.equals(TableConstraints.singleColumnMentioned(
                dev.lintel.model.dialect.Dialect.POSTGRES, table, c.expression())));
    }

    private static void readAlterColumn(TokenCursor in, SchemaBuilder schema, Table.Builder table, String column) {
        if (table.columns().stream().noneMatch(c -> c.name().equals(column))) {
            in.skipUntilAtDepthZero(",");
            schema.warning("ALTER COLUMN of unknown column " + column + " on " + table.name());
            return;
        }
        if (in.acceptWords("SET", "DEFAULT")) {
            String expr = ColumnReader.readDefault(in);
            updateColumn(table, column, c -> c.withDefault(ColumnReader.storedDefault(expr, c.type(), schema)));
        } else if (in.acceptWords("DROP", "DEFAULT")) {
            updateColumn(table, column, c -> c.withDefault(null));
        } else if (in.acceptWords("SET", "NOT", "NULL")) {
            updateColumn(table, column, c -> c.withNullable(false));
        } else if (in.acceptWords("DROP", "NOT", "NULL") || in.acceptWords("SET", "NULL")) {
            updateColumn(table, column, c -> c.withNullable(true));
        } else if (in.acceptWords("ADD", "GENERATED")) {
            Identity.Generation generation = in.acceptWords("ALWAYS") ? Identity.Generation.ALWAYS : Identity.Generation.BY_DEFAULT;
            if (generation == Identity.Generation.BY_DEFAULT) {
                in.expectWords("BY", "DEFAULT");
            }
            in.expectWords("AS", "IDENTITY");
            String options = in.peek().isSymbol("(") ? in.parenthesizedText() : null;
            Identity identity = new Identity(generation, SequenceOptions.identityOptions(options));
            updateColumn(table, column, c -> c.withIdentity(identity).withNullable(false));
        } else if (in.acceptWords("DROP", "IDENTITY")) {
            in.acceptWords("IF", "EXISTS");
            updateColumn(table, column, c -> c.withIdentity(null));
        } else if (in.acceptWords("SET", "DATA", "TYPE") || in.acceptWords("TYPE") || in.acceptWords("SET", "TYPE")) {
            var type = DataTypeReader.read(in, schema);
            String collation = in.acceptWords("COLLATE") ? in.qualifiedName().name() : null;
            in.acceptWords("USING");
            in.skipUntilAtDepthZero(",");
            updateColumn(table, column, c -> c.withType(type).withCollation(collation != null ? collation : c.collation()));
        } else if (in.acceptWords("RENAME", "TO")) {
            renameColumn(schema, table, column, in.identifier());
        } else if (in.peek().isIdentifier() && !in.peek().isAnyWord("SET", "DROP", "RESET", "OPTIONS", "RESTART")) {
            // H2: ALTER COLUMN c <new definition>
            ColumnReader.ColumnDefinition def = ColumnReader.read(new TokenCursor(column + " " + in.textUntil(","), in.dialect()), schema, false);
            replaceColumn(schema, table, column, def);
        } else if (IdentityChanges.startsHere(in)) {
            IdentityChanges.read(in, schema, table, column);
        } else {
            // SET STATISTICS, SET STORAGE, SET (...): physical details.
            in.skipUntilAtDepthZero(",");
        }
    }

    static void updateColumn(Table.Builder table, String column, UnaryOperator<Column> change) {
        List<Column> cols = table.columns();
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).name().equals(column)) {
                cols.set(i, change.apply(cols.get(i)));
            }
        }
    }

    /** MySQL MODIFY/CHANGE and H2 ALTER COLUMN: a full new definition, at the old position. */
    private static void replaceColumn(SchemaBuilder schema, Table.Builder table, String oldName, ColumnReader.ColumnDefinition def) {
        String old = oldName != null ? oldName : def.column().name();
        if (table.columns().stream().noneMatch(c -> c.name().equals(old))) {
            schema.warning("column " + old + " of " + table.name() + " is unknown");
            return;
        }
        if (!old.equals(def.column().name())) {
            renameColumn(schema, table, old, def.column().name());
        }
        updateColumn(table, def.column().name(), c -> def.column().withComment(def.column().comment() != null ? def.column().comment() : c.comment()));
        if (def.position() != null) {
            moveColumn(table, def.column().name(), def.position());
        }
        CreateTableReader.addInPostgresOrder(schema, table, def.constraints());
    }

    private static void moveColumn(Table.Builder table, String column, String after) {
        List<Column> cols = table.columns();
        Column moved = cols.stream().filter(c -> c.name().equals(column)).findFirst().orElseThrow();
        cols.remove(moved);
        int at = 0;
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).name().equals(after)) {
                at = i + 1;
            }
        }
        cols.add(at, moved);
    }

    private static void readRename(TokenCursor in, SchemaBuilder schema, Table.Builder table) {
        if (in.acceptWords("CONSTRAINT")) {
            String old = in.identifier();
            in.expectWords("TO");
            renameConstraint(schema, table, old, in.identifier());
        } else if (in.acceptWords("TO") || in.acceptWords("AS")) {
            QualifiedName newName = in.qualifiedName();
            QualifiedName target = newName.schema() == null ? table.name().withName(newName.name()) : newName;
            QualifiedName old = table.name();
            schema.tables.remove(old);
            schema.releaseName(old.schema(), old.name());
            table.name(target);
            schema.tables.put(target, table);
            schema.reserveRelation(target.schema(), target.name());
            schema.locate(ObjectPath.table(target));
            OwnedSequences.tableRenamed(schema, old, target);
        } else if (in.acceptWords("INDEX") || in.acceptWords("KEY")) {
            String old = in.identifier();
            in.expectWords("TO");
            String renamed = in.identifier();
            table.indexes().replaceAll(i -> i.name().equals(old) ? i.withName(renamed) : i);
        } else {
            in.acceptWords("COLUMN");
            String old = in.identifier();
            in.expectWords("TO");
            renameColumn(schema, table, old, in.identifier());
        }
    }

    static void renameColumn(SchemaBuilder schema, Table.Builder table, String old, String renamed) {
        if (table.columns().stream().noneMatch(c -> c.name().equals(old))) {
            schema.warning("RENAME of unknown column " + old + " on " + table.name());
            return;
        }
        updateColumn(table, old, c -> c.withName(renamed));
        OwnedSequences.columnRenamed(schema, table.name(), old, renamed);
        UnaryOperator<List<String>> swap = cols -> cols.stream().map(c -> c.equals(old) ? renamed : c).toList();
        if (table.primaryKey() != null) {
            table.primaryKey(table.primaryKey().withColumns(swap.apply(table.primaryKey().columns())));
        }
        table.uniqueConstraints().replaceAll(u -> u.withColumns(swap.apply(u.columns())));
        table.foreignKeys().replaceAll(f -> f.withColumns(swap.apply(f.columns())));
        table.indexes().replaceAll(i -> new Index(i.name(), i.unique(), i.method(), i.keys().stream()
                .map(k -> old.equals(k.column()) ? new dev.lintel.model.schema.IndexKey(renamed, null, k.collation(), k.opclass(), k.order(), k.nulls()) : k)
                .toList(), swap.apply(i.include()), i.where(), i.nullsNotDistinct()));
        for (Table.Builder other : schema.tables.values()) {
            other.foreignKeys().replaceAll(f -> f.referencedTable().equals(table.name())
                    ? f.withReferencedColumns(swap.apply(f.referencedColumns())) : f);
        }
        schema.forget(ObjectPath.column(table.name(), old));
        schema.locate(ObjectPath.column(table.name(), renamed));
    }

    private static void renameConstraint(SchemaBuilder schema, Table.Builder table, String old, String renamed) {
        boolean found = false;
        if (table.primaryKey() != null && table.primaryKey().name().equals(old)) {
            table.primaryKey(table.primaryKey().withName(renamed));
            found = true;
        }
        found |= replaceName(table.uniqueConstraints(), old, u -> u.withName(renamed), UniqueConstraint::name);
        found |= replaceName(table.foreignKeys(), old, f -> f.withName(renamed), ForeignKey::name);
        found |= replaceName(table.checks(), old, c -> c.withName(renamed), dev.lintel.model.schema.CheckConstraint::name);
        if (!found) {
            schema.warning("RENAME CONSTRAINT of unknown constraint " + old + " on " + table.name());
            return;
        }
        schema.releaseName(table.name().schema(), old);
        schema.reserveConstraint(table.name().schema(), renamed);
        schema.forget(ObjectPath.constraint(table.name(), old));
        schema.locate(ObjectPath.constraint(table.name(), renamed));
    }

    private static <T> boolean replaceName(List<T> list, String old, UnaryOperator<T> rename, java.util.function.Function<T, String> name) {
        boolean found = false;
        for (int i = 0; i < list.size(); i++) {
            if (old.equals(name.apply(list.get(i)))) {
                list.set(i, rename.apply(list.get(i)));
                found = true;
            }
        }
        return found;
    }

    private static void validate(SchemaBuilder schema, Table.Builder table, String name) {
        boolean found = replaceName(table.foreignKeys(), name, f -> f.withNotValid(false), ForeignKey::name)
                | replaceName(table.checks(), name, c -> c.withNotValid(false), dev.lintel.model.schema.CheckConstraint::name);
        if (!found) {
            schema.warning("VALIDATE CONSTRAINT of unknown constraint " + name + " on " + table.name());
        }
    }

    /**
     * {@code ATTACH PARTITION child FOR VALUES ...}: the child becomes a partition; columns it only
     * repeats from the parent are implied and dropped, as the conventions ask.
     */
    private static void attachPartition(TokenCursor in, SchemaBuilder schema, Table.Builder parent) {
        QualifiedName childName = in.qualifiedName();
        String bound = in.textUntil(",");
        Table.Builder child = schema.table(childName);
        if (child == null) {
            schema.warning("ATTACH PARTITION of unknown table " + childName);
            return;
        }
        child.partitionOf(parent.name(), bound);
        List<Column> parentColumns = parent.columns();
        child.columns().removeIf(c -> parentColumns.contains(c));
        child.columns().forEach(c -> schema.locate(ObjectPath.column(child.name(), c.name())));
    }

    private static void moveToSchema(SchemaBuilder schema, Table.Builder table, String newSchema) {
        QualifiedName old = table.name();
        schema.tables.remove(old);
        table.name(old.withSchema(newSchema));
        schema.tables.put(table.name(), table);
        schema.locate(ObjectPath.table(table.name()));
        OwnedSequences.tableRenamed(schema, old, table.name());
    }
}

package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.dialect.Identifiers;
import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.ExclusionConstraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds constraints to a table, naming unnamed ones as PostgreSQL would: index-backed ones
 * (primary key, unique, exclusion) among relation and constraint names, CHECK and FOREIGN KEY
 * among constraint names, each uniquified in the table's schema.
 */
final class TableConstraints {
    private TableConstraints() {
    }

    /** Adds one constraint (or MySQL inline index / USING INDEX reference) read by {@link ConstraintReader}. */
    static void add(SchemaBuilder schema, Table.Builder table, Object element) {
        String s = table.name().schema();
        String t = table.name().name();
        if (element instanceof Constraint given && given.name() != null
                && table.build().constraints().stream().anyMatch(c -> given.name().equals(c.name()))) {
            schema.warning("constraint " + given.name() + " already exists on " + table.name() + "; skipped");
            return;
        }
        Constraint added;
        if (element instanceof PrimaryKey pk) {
            if (table.primaryKey() != null) {
                schema.warning("table " + table.name() + " already has a primary key; the second one is ignored");
                return;
            }
            PrimaryKey named = pk.withName(named(schema, s, pk.name(), () -> schema.chooseIndexConstraintName(s, t, null, "pkey")));
            table.primaryKey(named);
            forceNotNull(table, pk.columns());
            added = named;
        } else if (element instanceof UniqueConstraint u) {
            UniqueConstraint named = u.withName(named(schema, s, u.name(),
                    () -> schema.chooseIndexConstraintName(s, t, Identifiers.columnsPart(u.columns()), "key")));
            table.addUnique(named);
            added = named;
        } else if (element instanceof ExclusionConstraint x) {
            String name = named(schema, s, x.name(), () -> schema.chooseIndexConstraintName(s, t, null, "excl"));
            ExclusionConstraint named = new ExclusionConstraint(name, x.definition(), x.deferrability());
            table.addExclusion(named);
            added = named;
        } else if (element instanceof CheckConstraint c) {
            CheckConstraint named = c.withName(named(schema, s, c.name(),
                    () -> schema.chooseConstraintName(s, t, singleColumnMentioned(schema.dialect, table, c.expression()), "check")));
            table.addCheck(named);
            added = named;
        } else if (element instanceof ForeignKey fk) {
            ForeignKey qualified = fk.withReferencedTable(schema.qualify(fk.referencedTable()));
            if (schema.table(fk.referencedTable()) == null && !qualified.referencedTable().equals(table.name())) {
                schema.info("foreign key references " + qualified.referencedTable() + ", not defined yet");
            }
            ForeignKey named = qualified.withName(named(schema, s, fk.name(),
                    () -> schema.chooseConstraintName(s, t, Identifiers.columnsPart(fk.columns()), "fkey")));
            table.addForeignKey(named);
            added = named;
        } else if (element instanceof ConstraintReader.InlineIndex ix) {
            addInlineIndex(schema, table, ix);
            return;
        } else if (element instanceof ConstraintReader.UsingIndex ref) {
            addFromIndex(schema, table, ref);
            return;
        } else {
            throw new IllegalArgumentException("not a constraint: " + element);
        }
        schema.locate(ObjectPath.constraint(table.name(), added.name()));
    }

    private static String named(SchemaBuilder schema, String tableSchema, String given, java.util.function.Supplier<String> choose) {
        if (given == null) {
            return choose.get();
        }
        schema.reserveConstraint(tableSchema, given);
        schema.reserveRelation(tableSchema, given);
        return given;
    }

    static void addInlineIndex(SchemaBuilder schema, Table.Builder table, ConstraintReader.InlineIndex ix) {
        String s = table.name().schema();
        String name = ix.name() != null ? ix.name()
                : schema.chooseRelationName(s, table.name().name(), Identifiers.columnsPart(IndexReader.keyNames(ix.keys())), "idx");
        schema.reserveRelation(s, name);
        if ("fulltext".equals(ix.method()) || "spatial".equals(ix.method())) {
            schema.info(ix.method().toUpperCase(java.util.Locale.ROOT) + " index " + name + " kept with method " + ix.method());
        }
        table.addIndex(new Index(name, ix.unique(), ix.method(), ix.keys(), List.of(), null, false));
        schema.locate(ObjectPath.index(table.name(), name));
    }

    /** PostgreSQL {@code ADD CONSTRAINT c PRIMARY KEY USING INDEX i}: the index becomes the constraint (and is renamed). */
    private static void addFromIndex(SchemaBuilder schema, Table.Builder table, ConstraintReader.UsingIndex ref) {
        Index index = table.indexes().stream().filter(i -> i.name().equals(ref.indexName())).findFirst().orElse(null);
        if (index == null) {
            schema.warning("USING INDEX names unknown index " + ref.indexName());
            return;
        }
        table.indexes().remove(index);
        schema.forget(ObjectPath.index(table.name(), index.name()));
        String name = ref.name() != null ? ref.name() : index.name();
        List<String> columns = index.keys().stream().map(IndexKey::column).toList();
        if (ref.primary()) {
            add(schema, table, new PrimaryKey(name, columns, ref.deferrability()));
        } else {
            add(schema, table, new UniqueConstraint(name, columns, index.nullsNotDistinct(), ref.deferrability()));
        }
    }

    /** A primary key makes its columns NOT NULL. */
    static void forceNotNull(Table.Builder table, List<String> columns) {
        List<Column> cols = table.columns();
        for (int i = 0; i < cols.size(); i++) {
            if (columns.contains(cols.get(i).name()) && cols.get(i).nullable()) {
                cols.set(i, cols.get(i).withNullable(false));
            }
        }
    }

    /** The one column a CHECK mentions (PostgreSQL then names it t_col_check), or null for zero or several. */
    static String singleColumnMentioned(Dialect dialect, Table.Builder table, String expression) {
        Set<String> columnNames = new LinkedHashSet<>();
        table.columns().forEach(c -> columnNames.add(c.name()));
        List<SqlToken> tokens = SqlLexer.tokenize(expression, dialect);
        Set<String> mentioned = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken tok = tokens.get(i);
            boolean afterCast = i > 0 && tokens.get(i - 1).isSymbol("::");
            boolean isCall = i + 1 < tokens.size() && tokens.get(i + 1).isSymbol("(");
            if (tok.isIdentifier() && !afterCast && !isCall) {
                String name = dialect.identifierFromSql(tok.text());
                if (columnNames.contains(name)) {
                    mentioned.add(name);
                }
            }
        }
        return mentioned.size() == 1 ? mentioned.iterator().next() : null;
    }

    /** Removes a constraint by name from whichever list holds it; false when absent. */
    static boolean drop(Table.Builder table, String name) {
        if (table.primaryKey() != null && name.equals(table.primaryKey().name())) {
            table.primaryKey(null);
            return true;
        }
        boolean removed = table.uniqueConstraints().removeIf(u -> name.equals(u.name()))
                | table.foreignKeys().removeIf(f -> name.equals(f.name()))
                | table.checks().removeIf(c -> name.equals(c.name()));
        List<ExclusionConstraint> exclusions = new ArrayList<>(table.build().exclusions());
        if (exclusions.removeIf(x -> name.equals(x.name()))) {
            table.exclusions(exclusions);
            removed = true;
        }
        return removed;
    }
}

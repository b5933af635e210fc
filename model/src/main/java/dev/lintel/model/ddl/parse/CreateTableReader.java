package dev.lintel.model.ddl.parse;

import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.ExclusionConstraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CREATE TABLE} in all three dialects: columns, column and table constraints, LIKE,
 * INHERITS, PARTITION BY / PARTITION OF, UNLOGGED, IF NOT EXISTS, MySQL table options.
 */
final class CreateTableReader {
    private CreateTableReader() {
    }

    static void read(TokenCursor in, SchemaBuilder schema) {
        in.expectWords("CREATE");
        in.acceptWords("OR", "REPLACE");
        boolean unlogged = false;
        while (in.peek().isAnyWord("GLOBAL", "LOCAL", "TEMPORARY", "TEMP", "UNLOGGED", "MEMORY", "CACHED")) {
            unlogged |= in.next().isWord("UNLOGGED");
        }
        in.expectWords("TABLE");
        boolean ifNotExists = in.acceptWords("IF", "NOT", "EXISTS");
        QualifiedName name = schema.qualify(in.qualifiedName());
        if (schema.tables.containsKey(name)) {
            if (ifNotExists) {
                schema.info("table " + name + " already exists: IF NOT EXISTS skips this definition");
            } else {
                schema.warning("table " + name + " is defined twice; the first definition is kept");
            }
            return;
        }
        Table.Builder table = Table.builder(name).unlogged(unlogged);
        schema.reserveRelation(name.schema(), name.name());
        List<Object> pending = new ArrayList<>();
        try {
            readDefinition(in, schema, table, pending);
        } catch (RuntimeException e) {
            // The statement is skipped: so are the sequences its serial columns created.
            OwnedSequences.dropOwnedBy(schema, name, null);
            throw e;
        }
        schema.tables.put(name, table);
        schema.locate(ObjectPath.table(name));
        table.columns().forEach(c -> schema.locate(ObjectPath.column(name, c.name())));
        addInPostgresOrder(schema, table, pending);
    }

    private static void readDefinition(TokenCursor in, SchemaBuilder schema, Table.Builder table, List<Object> pending) {
        if (in.acceptWords("PARTITION", "OF")) {
            QualifiedName parent = schema.qualify(in.qualifiedName());
            if (in.peek().isSymbol("(")) {
                readElements(in, schema, table, pending, true);
            }
            String bound = in.textUntil("PARTITION", "USING", "WITH", "TABLESPACE");
            table.partitionOf(parent, bound);
            if (schema.table(parent) == null) {
                schema.warning("partition of unknown table " + parent);
            }
        } else if (in.peek().isSymbol("(")) {
            readElements(in, schema, table, pending, false);
        } else if (in.peek().isWord("AS") || in.peek().isWord("OF")) {
            schema.warning("CREATE TABLE " + in.peek().text() + " ... : the columns come from a query or type; table kept without columns");
            in.skipToEnd();
        }
        readTrailingClauses(in, schema, table);
    }

    private static void readElements(TokenCursor in, SchemaBuilder schema, Table.Builder table, List<Object> pending,
                                     boolean partition) {
        in.expectSymbol("(");
        if (in.acceptSymbol(")")) {
            return;
        }
        do {
            if (in.acceptWords("LIKE")) {
                readLike(in, schema, table, pending);
            } else if (ConstraintReader.atTableConstraint(in)) {
                pending.add(ConstraintReader.readTableConstraint(in));
            } else {
                ColumnReader.ColumnDefinition def = ColumnReader.read(in, schema, partition);
                addColumn(schema, table, def);
                pending.addAll(def.constraints());
            }
        } while (in.acceptSymbol(","));
        in.expectSymbol(")");
    }

    /**
     * Adds a column. A PostgreSQL serial column becomes an integer column drawing from a sequence it
     * owns ({@link OwnedSequences}); other serial and identity columns reserve their implicit
     * sequence's name. Either happens now, as PostgreSQL does during parse analysis.
     */
    static void addColumn(SchemaBuilder schema, Table.Builder table, ColumnReader.ColumnDefinition def) {
        Column column = def.column();
        if (table.columns().stream().anyMatch(c -> c.name().equals(column.name()))) {
            schema.warning("column " + column.name() + " of " + table.name() + " is declared twice; the first is kept");
            return;
        }
        if (def.serial() != Column.SerialKind.NONE && schema.dialect == dev.lintel.model.dialect.Dialect.POSTGRES) {
            table.addColumn(OwnedSequences.declareSerial(schema, table.name(), column));
            return;
        }
        if (def.serial() != Column.SerialKind.NONE || column.identity() != null) {
            String sequence = schema.chooseRelationName(table.name().schema(), table.name().name(), column.name(), "seq");
            schema.implicitSequences.put(new QualifiedName(table.name().schema(), sequence),
                    new dev.lintel.model.schema.ColumnRef(table.name(), column.name()));
        }
        table.addColumn(column);
    }

    /** Index-backed constraints first, then CHECKs, then foreign keys: the order in which PostgreSQL names them. */
    static void addInPostgresOrder(SchemaBuilder schema, Table.Builder table, List<Object> pending) {
        for (Object o : pending) {
            if (o instanceof PrimaryKey || o instanceof UniqueConstraint || o instanceof ExclusionConstraint) {
                TableConstraints.add(schema, table, o);
            }
        }
        H2IdentityType.addImpliedPrimaryKeys(schema, table, pending);
        for (Object o : pending) {
            if (o instanceof CheckConstraint) {
                TableConstraints.add(schema, table, o);
            }
        }
        for (Object o : pending) {
            if (o instanceof ForeignKey || o instanceof ConstraintReader.InlineIndex || o instanceof ConstraintReader.UsingIndex) {
                TableConstraints.add(schema, table, o);
            }
        }
    }

    /** {@code LIKE source [INCLUDING x | EXCLUDING x]...}: copies the columns and, as asked, defaults, constraints, indexes, comments. */
    private static void readLike(TokenCursor in, SchemaBuilder schema, Table.Builder table, List<Object> pending) {
        QualifiedName sourceName = in.qualifiedName();
        List<String> including = new ArrayList<>();
        while (in.peek().isAnyWord("INCLUDING", "EXCLUDING")) {
            boolean include = in.next().isWord("INCLUDING");
            String what = in.next().upper();
            if (include) {
                including.add(what);
            } else {
                including.remove(what);
                if (what.equals("ALL")) {
                    including.clear();
                }
            }
        }
        Table.Builder source = schema.table(sourceName);
        if (source == null) {
            schema.warning("LIKE names unknown table " + sourceName + "; nothing copied");
            return;
        }
        Table src = source.build();
        boolean all = including.contains("ALL");
        for (Column c : src.columns()) {
            Column copy = Column.of(c.name(), c.type()).withNullable(c.nullable());
            if (all || including.contains("DEFAULTS")) {
                copy = copy.withDefault(c.defaultExpression());
            }
            if (all || including.contains("IDENTITY")) {
                copy = copy.withIdentity(c.identity());
            }
            if (all || including.contains("GENERATED")) {
                copy = copy.withGenerated(c.generatedExpression());
            }
            if (all || including.contains("COMMENTS")) {
                copy = copy.withComment(c.comment());
            }
            if (all || including.contains("COLLATE")) {
                copy = copy.withCollation(c.collation());
            }
            addColumn(schema, table, new ColumnReader.ColumnDefinition(copy, List.of(), Column.SerialKind.NONE, null));
        }
        if (all || including.contains("CONSTRAINTS")) {
            src.checks().forEach(c -> pending.add(c.withName(null)));
        }
        if (all || including.contains("INDEXES")) {
            if (src.primaryKey() != null) {
                pending.add(src.primaryKey().withName(null));
            }
            src.uniqueConstraints().forEach(u -> pending.add(u.withName(null)));
            for (Index ix : src.indexes()) {
                String name = schema.chooseRelationName(table.name().schema(), table.name().name(),
                        dev.lintel.model.dialect.Identifiers.columnsPart(IndexReader.keyNames(ix.keys())), "idx");
                table.addIndex(ix.withName(name));
            }
        }
    }

    private static void readTrailingClauses(TokenCursor in, SchemaBuilder schema, Table.Builder table) {
        while (!in.atEnd()) {
            if (in.acceptWords("INHERITS")) {
                in.expectSymbol("(");
                List<QualifiedName> parents = new ArrayList<>();
                do {
                    parents.add(schema.qualify(in.qualifiedName()));
                } while (in.acceptSymbol(","));
                in.expectSymbol(")");
                table.inherits(parents);
            } else if (in.acceptWords("PARTITION", "BY")) {
                table.partitionBy(in.textUntil("USING", "WITH", "TABLESPACE", "ENGINE"));
            } else if (in.acceptWords("COMMENT")) {
                table.comment(ColumnReader.readStringValue(in));
            } else if (in.acceptWords("WITH") || in.acceptWords("WITHOUT")) {
                if (in.peek().isSymbol("(")) {
                    keepStorageParameters(schema, table, in.parenthesizedText());
                } else {
                    in.next();
                }
            } else if (in.peek().isSymbol("(")) {
                in.parenthesizedText();
            } else {
                // Storage and engine options (TABLESPACE, ENGINE=, CHARSET=, ON COMMIT ...) do not change the design.
                in.next();
            }
        }
    }

    /**
     * PostgreSQL {@code WITH (fillfactor=50, ...)}: storage parameters the model does not hold, kept as an
     * opaque {@code ALTER TABLE ... SET (...)} so the export still sets them. {@code oids} is only accepted
     * (as false) by CREATE TABLE and means nothing since PostgreSQL 12: left out.
     */
    private static void keepStorageParameters(SchemaBuilder schema, Table.Builder table, String inner) {
        if (schema.dialect != dev.lintel.model.dialect.Dialect.POSTGRES) {
            return;
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : inner.split(",")) {
            if (!parameter.strip().toLowerCase(java.util.Locale.ROOT).matches("oids\\b.*") && !parameter.isBlank()) {
                kept.add(parameter.strip());
            }
        }
        if (!kept.isEmpty()) {
            schema.opaqueObjects.add(new dev.lintel.model.schema.OpaqueObject("ALTER TABLE", table.name(),
                    "ALTER TABLE " + schema.dialect.qualified(table.name()) + " SET (" + String.join(", ", kept) + ")"));
        }
    }
}

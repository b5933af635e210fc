package dev.lintel.model.introspect;

import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.DataTypes;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fallback for any other JDBC database: tables, columns, primary keys, foreign keys and
 * indexes from {@link DatabaseMetaData}. Less complete (no CHECKs, views' text, sequences,
 * defaults as the driver reports them) and slower (keys and indexes cost calls per table): the
 * result carries a diagnostic saying so.
 */
public final class JdbcMetadataIntrospector {
    public IntrospectionResult introspect(Connection connection, IntrospectionOptions options, String source)
            throws IntrospectionException {
        SchemaFilter filter = new SchemaFilter(options.includeSchemas(), options.excludeSchemas());
        Map<QualifiedName, Table.Builder> tables = new LinkedHashMap<>();
        int calls = 0;
        String version;
        try (CatalogSession session = CatalogSession.beginGeneric(connection, options)) {
            DatabaseMetaData meta = connection.getMetaData();
            version = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            options.listener().phase("tables");
            calls++;
            try (ResultSet rs = meta.getTables(null, null, "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (filter.accepts(schema) && !isSystemSchema(schema)) {
                        QualifiedName name = QualifiedName.of(schema, rs.getString("TABLE_NAME"));
                        tables.put(name, Table.builder(name).comment(H2Introspector.emptyToNull(rs.getString("REMARKS"))));
                    }
                }
            }
            options.listener().phase("columns");
            calls++;
            readColumns(meta, tables);
            options.listener().phase("keys and indexes");
            for (Table.Builder table : tables.values()) {
                session.checkCancelled();
                readKeys(meta, table);
                calls += 3;
            }
        } catch (SQLException e) {
            throw SqlErrorMessages.explain(e, source, options.cancellation().isCancelled());
        }
        Schema schema = Schema.ofTables(tables.values().stream().map(Table.Builder::build).toList()).normalize();
        Diagnostic lessComplete = Diagnostic.warning("read " + version + " through generic JDBC metadata: less complete than"
                + " the PostgreSQL and H2 readers (no CHECK constraints, views, sequences, enums or domains)", null, null);
        return new IntrospectionResult(schema, List.of(lessComplete), JdbcUrls.redact(source), version, calls);
    }

    private static boolean isSystemSchema(String schema) {
        return schema != null && (schema.equalsIgnoreCase("INFORMATION_SCHEMA") || schema.equalsIgnoreCase("pg_catalog")
                || schema.equalsIgnoreCase("sys"));
    }

    private static void readColumns(DatabaseMetaData meta, Map<QualifiedName, Table.Builder> tables) throws SQLException {
        try (ResultSet rs = meta.getColumns(null, null, "%", "%")) {
            while (rs.next()) {
                Table.Builder table = tables.get(QualifiedName.of(rs.getString("TABLE_SCHEM"), rs.getString("TABLE_NAME")));
                if (table == null) {
                    continue;
                }
                String typeName = DataTypes.canonicalName(rs.getString("TYPE_NAME"));
                int size = rs.getInt("COLUMN_SIZE");
                boolean sized = !rs.wasNull() && (typeName.equals("varchar") || typeName.equals("char"));
                DataType type = new DataType(typeName, sized ? List.of(Integer.toString(size)) : List.of(), 0, null);
                boolean autoIncrement = "YES".equals(rs.getString("IS_AUTOINCREMENT"));
                Column column = Column.of(rs.getString("COLUMN_NAME"), type)
                        .withNullable(rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls)
                        .withDefault(autoIncrement ? null : rs.getString("COLUMN_DEF"))
                        .withComment(H2Introspector.emptyToNull(rs.getString("REMARKS")));
                table.addColumn(autoIncrement ? column.withIdentity(dev.lintel.model.schema.Identity.byDefault()) : column);
            }
        }
    }

    private static void readKeys(DatabaseMetaData meta, Table.Builder table) throws SQLException {
        QualifiedName name = table.name();
        Map<Integer, String> pk = new TreeMap<>();
        String[] pkName = new String[1];
        try (ResultSet rs = meta.getPrimaryKeys(null, name.schema(), name.name())) {
            while (rs.next()) {
                pk.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                pkName[0] = rs.getString("PK_NAME");
            }
        }
        if (!pk.isEmpty()) {
            table.primaryKey(new PrimaryKey(pkName[0], new ArrayList<>(pk.values()), null));
        }
        Map<String, ForeignKey> fks = new LinkedHashMap<>();
        try (ResultSet rs = meta.getImportedKeys(null, name.schema(), name.name())) {
            while (rs.next()) {
                String fkName = rs.getString("FK_NAME");
                ForeignKey fk = fks.computeIfAbsent(fkName, n -> {
                    try {
                        return ForeignKey.of(n, List.of(), QualifiedName.of(rs.getString("PKTABLE_SCHEM"),
                                rs.getString("PKTABLE_NAME")), List.of()).withActions(action(rs.getShort("DELETE_RULE")),
                                action(rs.getShort("UPDATE_RULE")));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                List<String> cols = new ArrayList<>(fk.columns());
                cols.add(rs.getString("FKCOLUMN_NAME"));
                List<String> refs = new ArrayList<>(fk.referencedColumns());
                refs.add(rs.getString("PKCOLUMN_NAME"));
                fks.put(fkName, fk.withColumns(cols).withReferencedColumns(refs));
            }
        }
        fks.values().forEach(table::addForeignKey);
        Map<String, List<IndexKey>> keys = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, name.schema(), name.name(), false, true)) {
            while (rs.next()) {
                String indexName = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (indexName == null || column == null) {
                    continue; // table statistics row
                }
                IndexKey key = IndexKey.column(column);
                keys.computeIfAbsent(indexName, k -> new ArrayList<>()).add("D".equals(rs.getString("ASC_OR_DESC"))
                        ? key.descending() : key);
                unique.put(indexName, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        keys.forEach((indexName, k) -> {
            // Indexes behind the primary key or a foreign key carry the constraint's name or its columns: left out.
            boolean backsKey = indexName.equals(pkName[0]) || fks.containsKey(indexName)
                    || k.stream().map(IndexKey::column).toList().equals(pk.values().stream().toList());
            if (!backsKey) {
                table.addIndex(new Index(indexName, unique.get(indexName), "btree", k, List.of(), null, false));
            }
        });
    }

    private static ForeignKey.Action action(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> ForeignKey.Action.CASCADE;
            case DatabaseMetaData.importedKeySetNull -> ForeignKey.Action.SET_NULL;
            case DatabaseMetaData.importedKeySetDefault -> ForeignKey.Action.SET_DEFAULT;
            case DatabaseMetaData.importedKeyRestrict -> ForeignKey.Action.RESTRICT;
            default -> ForeignKey.Action.NO_ACTION;
        };
    }
}

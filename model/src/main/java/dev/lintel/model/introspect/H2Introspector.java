package dev.lintel.model.introspect;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Identity;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.Namespace;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Sequence;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.View;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an H2 2.x database from INFORMATION_SCHEMA with one query per kind of object (names as H2
 * stores them, upper case when unquoted). Constraint names are H2's own ({@code CONSTRAINT_8}):
 * they are the names the database has. Indexes H2 generated for constraints are left out.
 */
public final class H2Introspector {
    private static final String USER_SCHEMA = "<> 'INFORMATION_SCHEMA'";

    public IntrospectionResult introspect(Connection connection, IntrospectionOptions options, String source)
            throws IntrospectionException {
        SchemaFilter filter = new SchemaFilter(options.includeSchemas(), options.excludeSchemas());
        List<Namespace> namespaces = new ArrayList<>();
        Map<QualifiedName, Table.Builder> tables = new LinkedHashMap<>();
        List<View> views = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        String version;
        int queries;
        List<dev.lintel.model.schema.Domain> domains;
        try (CatalogSession session = CatalogSession.beginGeneric(connection, options)) {
            version = "H2 " + connection.getMetaData().getDatabaseProductVersion();
            session.listener().phase("schemas");
            session.query("schemas", "SELECT SCHEMA_NAME, REMARKS FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME "
                    + USER_SCHEMA + " ORDER BY SCHEMA_NAME", row -> {
                if (filter.accepts(row.getString(1))) {
                    namespaces.add(new Namespace(row.getString(1), emptyToNull(row.getString(2))));
                }
            });
            session.listener().phase("types");
            H2TypeDefinitions types = new H2TypeDefinitions();
            types.read(session, filter);
            session.listener().phase("tables");
            session.query("tables", "SELECT TABLE_SCHEMA, TABLE_NAME, REMARKS FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA "
                    + USER_SCHEMA + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_SCHEMA, TABLE_NAME", row -> {
                if (filter.accepts(row.getString(1))) {
                    QualifiedName name = QualifiedName.of(row.getString(1), row.getString(2));
                    tables.put(name, Table.builder(name).comment(emptyToNull(row.getString(3))));
                }
            });
            session.listener().progress("tables", tables.size());
            session.listener().phase("columns");
            readColumns(session, tables, types);
            session.listener().phase("constraints");
            new H2Constraints(session, tables).read();
            session.listener().phase("indexes");
            readIndexes(session, tables);
            session.listener().phase("views");
            session.query("views", "SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION, REMARKS FROM INFORMATION_SCHEMA.VIEWS"
                    + " WHERE TABLE_SCHEMA " + USER_SCHEMA + " ORDER BY TABLE_SCHEMA, TABLE_NAME", row -> {
                if (filter.accepts(row.getString(1))) {
                    views.add(new View(QualifiedName.of(row.getString(1), row.getString(2)), row.getString(3), false,
                            List.of(), null, true, emptyToNull(row.getString(4))));
                }
            });
            session.listener().phase("sequences");
            // Identity columns' own sequences are SYSTEM_SEQUENCE_...: implied by the column.
            session.query("sequences", """
                    SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME, DATA_TYPE, START_VALUE, INCREMENT, MINIMUM_VALUE, MAXIMUM_VALUE,
                           CACHE, CYCLE_OPTION, REMARKS
                    FROM INFORMATION_SCHEMA.SEQUENCES
                    WHERE SEQUENCE_SCHEMA %s AND SEQUENCE_NAME NOT LIKE 'SYSTEM\\_SEQUENCE\\_%%' ESCAPE '\\'
                    ORDER BY SEQUENCE_SCHEMA, SEQUENCE_NAME
                    """.formatted(USER_SCHEMA), row -> {
                if (filter.accepts(row.getString(1))) {
                    sequences.add(new Sequence(QualifiedName.of(row.getString(1), row.getString(2)),
                            H2Types.of(row.getString("DATA_TYPE"), null, null, null, null), row.getLong("START_VALUE"),
                            row.getLong("INCREMENT"), row.getLong("MINIMUM_VALUE"), row.getLong("MAXIMUM_VALUE"),
                            row.getLong("CACHE"), "YES".equals(row.getString("CYCLE_OPTION")), null,
                            emptyToNull(row.getString("REMARKS"))));
                }
            });
            queries = session.queries();
            domains = types.domains();
        } catch (SQLException e) {
            throw SqlErrorMessages.explain(e, source, options.cancellation().isCancelled());
        }
        List<Table> built = tables.values().stream().map(Table.Builder::build).toList();
        Schema schema = new Schema(namespaces, List.of(), List.of(), domains, sequences, built, views, List.of()).normalize();
        return new IntrospectionResult(schema, List.of(), JdbcUrls.redact(source), version, queries);
    }

    private static void readColumns(CatalogSession session, Map<QualifiedName, Table.Builder> tables, H2TypeDefinitions types)
            throws SQLException, IntrospectionException {
        session.query("columns", """
                SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION,
                       NUMERIC_SCALE, DATETIME_PRECISION, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY, IDENTITY_GENERATION,
                       IS_GENERATED, GENERATION_EXPRESSION, REMARKS, DOMAIN_SCHEMA, DOMAIN_NAME, DTD_IDENTIFIER,
                       IDENTITY_START, IDENTITY_INCREMENT, IDENTITY_MINIMUM, IDENTITY_MAXIMUM, IDENTITY_CYCLE, IDENTITY_CACHE
                FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA %s
                ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION
                """.formatted(USER_SCHEMA), row -> {
            Table.Builder table = tables.get(QualifiedName.of(row.getString("TABLE_SCHEMA"), row.getString("TABLE_NAME")));
            if (table == null) {
                return; // a view's column
            }
            boolean generated = "ALWAYS".equals(row.getString("IS_GENERATED"));
            var type = row.getString("DOMAIN_NAME") != null
                    ? dev.lintel.model.schema.DataType.userDefined(QualifiedName.of(row.getString("DOMAIN_SCHEMA"),
                            row.getString("DOMAIN_NAME")))
                    : types.type(row, "TABLE", row.getString("TABLE_SCHEMA"), row.getString("TABLE_NAME"));
            Identity identity = !"YES".equals(row.getString("IS_IDENTITY")) ? null
                    : new Identity("ALWAYS".equals(row.getString("IDENTITY_GENERATION")) ? Identity.Generation.ALWAYS
                    : Identity.Generation.BY_DEFAULT, H2Types.identityOptions(row, type));
            table.addColumn(new Column(row.getString("COLUMN_NAME"), type, "YES".equals(row.getString("IS_NULLABLE")),
                    generated || identity != null ? null : row.getString("COLUMN_DEFAULT"), identity, Column.SerialKind.NONE,
                    generated ? row.getString("GENERATION_EXPRESSION") : null, null, emptyToNull(row.getString("REMARKS"))));
        });
    }

    private static void readIndexes(CatalogSession session, Map<QualifiedName, Table.Builder> tables)
            throws SQLException, IntrospectionException {
        Map<String, List<IndexKey>> keys = new HashMap<>();
        session.query("index columns", """
                SELECT INDEX_SCHEMA, INDEX_NAME, COLUMN_NAME, ORDERING_SPECIFICATION
                FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE INDEX_SCHEMA %s ORDER BY INDEX_SCHEMA, INDEX_NAME, ORDINAL_POSITION
                """.formatted(USER_SCHEMA), row -> {
            IndexKey key = IndexKey.column(row.getString(3));
            keys.computeIfAbsent(row.getString(1) + "." + row.getString(2), k -> new ArrayList<>())
                    .add("DESC".equals(row.getString(4)) ? key.descending() : key);
        });
        Set<String> constraintIndexes = new HashSet<>();
        session.query("constraint indexes", """
                SELECT INDEX_SCHEMA, INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS
                WHERE CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE') AND INDEX_NAME IS NOT NULL
                """, row -> constraintIndexes.add(row.getString(1) + "." + row.getString(2)));
        session.query("indexes", """
                SELECT INDEX_SCHEMA, INDEX_NAME, TABLE_SCHEMA, TABLE_NAME, INDEX_TYPE_NAME
                FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA %s AND NOT IS_GENERATED
                ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME
                """.formatted(USER_SCHEMA), row -> {
            Table.Builder table = tables.get(QualifiedName.of(row.getString(3), row.getString(4)));
            String id = row.getString(1) + "." + row.getString(2);
            if (table == null || constraintIndexes.contains(id)) {
                return;
            }
            table.addIndex(new Index(row.getString(2), row.getString(5).contains("UNIQUE"), "btree",
                    keys.getOrDefault(id, List.of()), List.of(), null, false));
        });
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}

package dev.lintel.model.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an H2 (2.x) database's INFORMATION_SCHEMA into a JSON document in the vocabulary of
 * {@link CatalogSnapshot} (tables with columns, primary_key, unique_constraints, foreign_keys,
 * check_constraints, indexes; views; sequences), so {@link CatalogComparison} compares two H2
 * databases the same way it compares PostgreSQL ones.
 *
 * <p>Names H2 makes up itself ({@code CONSTRAINT_8A}, {@code PRIMARY_KEY_4}, {@code FK_..._INDEX_2},
 * {@code SYSTEM_SEQUENCE_...}) depend on creation order, so they are not facts: such a constraint
 * is identified by what it is ({@code UNIQUE (A, B)}, {@code FOREIGN KEY (A) REFERENCES PUBLIC.T (B)},
 * its CHECK clause); indexes H2 created for constraints and identity sequences are left out
 * (the constraint already says everything they do).
 */
public final class H2CatalogSnapshot {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern GENERATED_CONSTRAINT = Pattern.compile("CONSTRAINT_[0-9A-F]+");
    private static final String USER_SCHEMA = "NOT IN ('INFORMATION_SCHEMA')";

    private final Connection connection;
    private final Map<String, ObjectNode> tables = new LinkedHashMap<>();

    private H2CatalogSnapshot(Connection connection) {
        this.connection = connection;
    }

    public static ObjectNode take(Connection connection, String source) throws SQLException {
        return new H2CatalogSnapshot(connection).read(source);
    }

    private ObjectNode read(String source) throws SQLException {
        ObjectNode doc = JSON.objectNode();
        doc.put("database", connection.getCatalog());
        doc.put("source", source);
        ArrayNode schemas = doc.putArray("schemas");
        SqlRows.forEach(connection, "SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME "
                + USER_SCHEMA + " ORDER BY SCHEMA_NAME", row -> schemas.addObject().put("name", row.getString(1)));
        readTables();
        readColumns();
        readConstraints();
        readIndexes();
        ArrayNode tableArray = doc.putArray("tables");
        tables.values().forEach(tableArray::add);
        doc.set("views", readViews());
        doc.set("sequences", readSequences());
        return doc;
    }

    private static String key(String schema, String table) {
        return schema + "." + table;
    }

    private void readTables() throws SQLException {
        SqlRows.forEach(connection, """
                SELECT TABLE_SCHEMA, TABLE_NAME, REMARKS FROM INFORMATION_SCHEMA.TABLES
                WHERE TABLE_SCHEMA %s AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_SCHEMA, TABLE_NAME
                """.formatted(USER_SCHEMA), row -> {
            ObjectNode t = JSON.objectNode();
            t.put("schema", row.getString("TABLE_SCHEMA"));
            t.put("name", row.getString("TABLE_NAME"));
            t.put("kind", "table");
            CatalogTables.putIfPresent(t, "comment", emptyToNull(row.getString("REMARKS")));
            t.putArray("columns");
            t.putArray("unique_constraints");
            t.putArray("foreign_keys");
            t.putArray("check_constraints");
            t.putArray("indexes");
            tables.put(key(row.getString("TABLE_SCHEMA"), row.getString("TABLE_NAME")), t);
        });
    }

    private void readColumns() throws SQLException {
        SqlRows.forEach(connection, """
                SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE,
                       CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION,
                       IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY, IDENTITY_GENERATION, IS_GENERATED,
                       GENERATION_EXPRESSION, REMARKS
                FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA %s
                ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION
                """.formatted(USER_SCHEMA), row -> {
            ObjectNode table = tables.get(key(row.getString("TABLE_SCHEMA"), row.getString("TABLE_NAME")));
            if (table == null) {
                return; // a view's column
            }
            ObjectNode col = ((ArrayNode) table.get("columns")).addObject();
            col.put("name", row.getString("COLUMN_NAME"));
            col.put("ordinal", row.getInt("ORDINAL_POSITION"));
            col.put("type", row.getString("DATA_TYPE"));
            putLong(col, "length", row.getObject("CHARACTER_MAXIMUM_LENGTH"));
            putLong(col, "precision", row.getObject("NUMERIC_PRECISION"));
            putLong(col, "scale", row.getObject("NUMERIC_SCALE"));
            putLong(col, "datetime_precision", row.getObject("DATETIME_PRECISION"));
            col.put("not_null", "NO".equals(row.getString("IS_NULLABLE")));
            CatalogTables.putIfPresent(col, "default", row.getString("COLUMN_DEFAULT"));
            if ("YES".equals(row.getString("IS_IDENTITY"))) {
                col.put("identity", row.getString("IDENTITY_GENERATION"));
            }
            if ("ALWAYS".equals(row.getString("IS_GENERATED"))) {
                col.put("generated", row.getString("GENERATION_EXPRESSION"));
            }
            CatalogTables.putIfPresent(col, "comment", emptyToNull(row.getString("REMARKS")));
        });
    }

    private void readConstraints() throws SQLException {
        Map<String, List<String>> columns = new HashMap<>();
        SqlRows.forEach(connection, """
                SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE
                ORDER BY CONSTRAINT_SCHEMA, CONSTRAINT_NAME, ORDINAL_POSITION
                """, row -> columns.computeIfAbsent(key(row.getString(1), row.getString(2)), k -> new ArrayList<>())
                .add(row.getString(3)));
        Map<String, String[]> references = new HashMap<>(); // FK -> {ref table, ref constraint, update, delete}
        SqlRows.forEach(connection, """
                SELECT r.CONSTRAINT_SCHEMA, r.CONSTRAINT_NAME, u.TABLE_SCHEMA, u.TABLE_NAME,
                       r.UNIQUE_CONSTRAINT_SCHEMA, r.UNIQUE_CONSTRAINT_NAME, r.UPDATE_RULE, r.DELETE_RULE
                FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r
                JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS u
                  ON u.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA AND u.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME
                """, row -> references.put(key(row.getString(1), row.getString(2)), new String[] {
                        key(row.getString(3), row.getString(4)), key(row.getString(5), row.getString(6)),
                        row.getString(7), row.getString(8)}));
        Map<String, String> checks = new HashMap<>();
        SqlRows.forEach(connection, "SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS",
                row -> checks.put(key(row.getString(1), row.getString(2)), row.getString(3)));
        SqlRows.forEach(connection, """
                SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, CONSTRAINT_TYPE, TABLE_SCHEMA, TABLE_NAME, IS_DEFERRABLE
                FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA %s
                ORDER BY TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME
                """.formatted(USER_SCHEMA), row -> {
            ObjectNode table = tables.get(key(row.getString("TABLE_SCHEMA"), row.getString("TABLE_NAME")));
            if (table == null) {
                return;
            }
            String id = key(row.getString("CONSTRAINT_SCHEMA"), row.getString("CONSTRAINT_NAME"));
            String type = row.getString("CONSTRAINT_TYPE");
            List<String> cols = columns.getOrDefault(id, List.of());
            ObjectNode con = JSON.objectNode();
            con.put("name", row.getString("CONSTRAINT_NAME"));
            con.put("type", type);
            con.set("columns", CatalogTables.strings(cols));
            String structural;
            switch (type) {
                case "FOREIGN KEY" -> {
                    String[] ref = references.get(id);
                    con.put("ref_table", ref[0]);
                    con.set("ref_columns", CatalogTables.strings(columns.getOrDefault(ref[1], List.of())));
                    con.put("on_update", ref[2]);
                    con.put("on_delete", ref[3]);
                    structural = "FOREIGN KEY (" + String.join(", ", cols) + ") REFERENCES " + ref[0]
                            + " (" + String.join(", ", columns.getOrDefault(ref[1], List.of())) + ")";
                }
                case "CHECK" -> {
                    con.put("definition", checks.get(id));
                    structural = "CHECK " + checks.get(id);
                }
                default -> structural = type + " (" + String.join(", ", cols) + ")";
            }
            con.put("deferrable", "YES".equals(row.getString("IS_DEFERRABLE")));
            if (GENERATED_CONSTRAINT.matcher(row.getString("CONSTRAINT_NAME")).matches()) {
                con.put("name", structural); // see class comment: made-up names are not facts
            }
            switch (type) {
                case "PRIMARY KEY" -> table.set("primary_key", con);
                case "UNIQUE" -> ((ArrayNode) table.get("unique_constraints")).add(con);
                case "FOREIGN KEY" -> ((ArrayNode) table.get("foreign_keys")).add(con);
                default -> ((ArrayNode) table.get("check_constraints")).add(con);
            }
        });
    }

    private void readIndexes() throws SQLException {
        Map<String, ObjectNode> indexes = new LinkedHashMap<>();
        SqlRows.forEach(connection, """
                SELECT INDEX_SCHEMA, INDEX_NAME, TABLE_SCHEMA, TABLE_NAME, INDEX_TYPE_NAME
                FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA %s AND NOT IS_GENERATED
                ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME
                """.formatted(USER_SCHEMA), row -> {
            ObjectNode table = tables.get(key(row.getString("TABLE_SCHEMA"), row.getString("TABLE_NAME")));
            if (table == null) {
                return;
            }
            ObjectNode idx = ((ArrayNode) table.get("indexes")).addObject();
            idx.put("name", row.getString("INDEX_NAME"));
            idx.put("unique", row.getString("INDEX_TYPE_NAME").contains("UNIQUE"));
            idx.put("type", row.getString("INDEX_TYPE_NAME"));
            idx.putArray("key_columns");
            indexes.put(key(row.getString("INDEX_SCHEMA"), row.getString("INDEX_NAME")), idx);
        });
        SqlRows.forEach(connection, """
                SELECT INDEX_SCHEMA, INDEX_NAME, COLUMN_NAME, ORDERING_SPECIFICATION
                FROM INFORMATION_SCHEMA.INDEX_COLUMNS ORDER BY INDEX_SCHEMA, INDEX_NAME, ORDINAL_POSITION
                """, row -> {
            ObjectNode idx = indexes.get(key(row.getString(1), row.getString(2)));
            if (idx != null) {
                String order = row.getString(4);
                ((ArrayNode) idx.get("key_columns")).add(row.getString(3) + ("DESC".equals(order) ? " DESC" : ""));
            }
        });
    }

    private ArrayNode readViews() throws SQLException {
        ArrayNode views = JSON.arrayNode();
        SqlRows.forEach(connection, """
                SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS
                WHERE TABLE_SCHEMA %s ORDER BY TABLE_SCHEMA, TABLE_NAME
                """.formatted(USER_SCHEMA), row -> {
            ObjectNode view = views.addObject();
            view.put("schema", row.getString(1));
            view.put("name", row.getString(2));
            view.put("definition", row.getString(3));
        });
        return views;
    }

    private ArrayNode readSequences() throws SQLException {
        ArrayNode sequences = JSON.arrayNode();
        SqlRows.forEach(connection, """
                SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME, DATA_TYPE, START_VALUE, INCREMENT, MINIMUM_VALUE,
                       MAXIMUM_VALUE, CYCLE_OPTION
                FROM INFORMATION_SCHEMA.SEQUENCES
                WHERE SEQUENCE_SCHEMA %s AND SEQUENCE_NAME NOT LIKE 'SYSTEM\\_SEQUENCE\\_%%' ESCAPE '\\'
                ORDER BY SEQUENCE_SCHEMA, SEQUENCE_NAME
                """.formatted(USER_SCHEMA), row -> {
            ObjectNode seq = sequences.addObject();
            seq.put("schema", row.getString(1));
            seq.put("name", row.getString(2));
            seq.put("data_type", row.getString(3));
            seq.put("start", row.getLong(4));
            seq.put("increment", row.getLong(5));
            seq.put("min", row.getLong(6));
            seq.put("max", row.getLong(7));
            seq.put("cycle", "YES".equals(row.getString(8)));
        });
        return sequences;
    }

    private static void putLong(ObjectNode node, String field, Object value) {
        if (value instanceof Number n) {
            node.put(field, n.longValue());
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}

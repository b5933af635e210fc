package dev.lintel.model.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Reads user-defined types in the truth-file shape: enums, domains, standalone composite types. */
final class CatalogTypes {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String USER_TYPE = CatalogSnapshot.USER_NAMESPACE
            + " AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_type'::regclass"
            + " AND e.objid = t.oid AND e.deptype = 'e')";

    private final Connection connection;

    CatalogTypes(Connection connection) {
        this.connection = connection;
    }

    ArrayNode readEnums() throws SQLException {
        ArrayNode enums = JSON.arrayNode();
        SqlRows.forEach(connection, """
                SELECT n.nspname, t.typname,
                       ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid
                             ORDER BY e.enumsortorder) AS labels,
                       obj_description(t.oid, 'pg_type') AS comment
                FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                WHERE t.typtype = 'e' AND %s
                ORDER BY n.nspname COLLATE "C", t.typname COLLATE "C"
                """.formatted(USER_TYPE), row -> {
            ObjectNode e = enums.addObject();
            e.put("schema", row.getString("nspname"));
            e.put("name", row.getString("typname"));
            e.set("labels", CatalogTables.strings(SqlRows.strings(row, "labels")));
            e.put("comment", row.getString("comment"));
        });
        return enums;
    }

    ArrayNode readDomains() throws SQLException {
        Map<Long, ArrayNode> constraints = new HashMap<>();
        SqlRows.forEach(connection, """
                SELECT k.contypid, k.conname, pg_get_constraintdef(k.oid, true) AS definition
                FROM pg_constraint k WHERE k.contypid <> 0
                ORDER BY k.contypid, k.conname COLLATE "C"
                """, row -> {
            ObjectNode c = constraints.computeIfAbsent(row.getLong("contypid"), oid -> JSON.arrayNode()).addObject();
            c.put("name", row.getString("conname"));
            c.put("definition", row.getString("definition"));
        });
        ArrayNode domains = JSON.arrayNode();
        SqlRows.forEach(connection, """
                SELECT t.oid, n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod) AS base_type,
                       t.typnotnull, t.typdefault, obj_description(t.oid, 'pg_type') AS comment
                FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                WHERE t.typtype = 'd' AND %s
                ORDER BY n.nspname COLLATE "C", t.typname COLLATE "C"
                """.formatted(USER_TYPE), row -> {
            ObjectNode d = domains.addObject();
            d.put("schema", row.getString("nspname"));
            d.put("name", row.getString("typname"));
            d.put("base_type", row.getString("base_type"));
            d.put("not_null", row.getBoolean("typnotnull"));
            d.put("default", row.getString("typdefault"));
            // The truth files write null, not [], for a domain without constraints.
            ArrayNode domainConstraints = constraints.get(row.getLong("oid"));
            if (domainConstraints == null) {
                d.putNull("constraints");
            } else {
                d.set("constraints", domainConstraints);
            }
            d.put("comment", row.getString("comment"));
        });
        return domains;
    }

    /**
     * Standalone composite types ({@code CREATE TYPE x AS (...)}). No corpus file has one, so the
     * truth files only show an empty list; the shape mirrors views: attributes with name and type.
     */
    ArrayNode readCompositeTypes() throws SQLException {
        Map<Long, ObjectNode> types = new java.util.LinkedHashMap<>();
        SqlRows.forEach(connection, """
                SELECT t.typrelid, n.nspname, t.typname, obj_description(t.oid, 'pg_type') AS comment
                FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                JOIN pg_class c ON c.oid = t.typrelid
                WHERE t.typtype = 'c' AND c.relkind = 'c' AND %s
                ORDER BY n.nspname COLLATE "C", t.typname COLLATE "C"
                """.formatted(USER_TYPE), row -> {
            ObjectNode type = JSON.objectNode();
            type.put("schema", row.getString("nspname"));
            type.put("name", row.getString("typname"));
            type.put("comment", row.getString("comment"));
            type.putArray("attributes");
            types.put(row.getLong("typrelid"), type);
        });
        SqlRows.forEach(connection, """
                SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod) AS type
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                WHERE c.relkind = 'c' AND a.attnum > 0 AND NOT a.attisdropped
                ORDER BY a.attrelid, a.attnum
                """, row -> {
            ObjectNode type = types.get(row.getLong("attrelid"));
            if (type != null) {
                ObjectNode attribute = ((ArrayNode) type.get("attributes")).addObject();
                attribute.put("name", row.getString("attname"));
                attribute.put("type", row.getString("type"));
            }
        });
        ArrayNode result = JSON.arrayNode();
        types.values().forEach(result::add);
        return result;
    }
}

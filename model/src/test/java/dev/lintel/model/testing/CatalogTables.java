package dev.lintel.model.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads tables (and the indexes of materialized views) in the truth-file shape: one query per
 * kind of thing (columns, constraints, indexes) for all relations at once, grouped by relation
 * oid. Field order follows the truth files so a written snapshot diffs cleanly against them.
 */
final class CatalogTables {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Relations that belong to the user: not in system schemas, not created by an extension. */
    static final String USER_RELATION = """
            n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp)'
            AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass
                            AND e.objid = c.oid AND e.deptype = 'e')""";

    private final Connection connection;
    private final boolean hasNullsNotDistinct;

    CatalogTables(Connection connection, int serverVersionNum) {
        this.connection = connection;
        this.hasNullsNotDistinct = serverVersionNum >= 150000;
    }

    ArrayNode readTables() throws SQLException {
        Map<Long, ObjectNode> tables = new LinkedHashMap<>();
        SqlRows.forEach(connection, """
                SELECT c.oid, n.nspname, c.relname, c.relkind, c.relpersistence, c.relispartition,
                       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
                       pg_get_expr(c.relpartbound, c.oid) AS partition_bound,
                       obj_description(c.oid, 'pg_class') AS comment, c.relrowsecurity, c.reloptions,
                       ARRAY(SELECT pn.nspname || '.' || pc.relname FROM pg_inherits i
                             JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                             WHERE i.inhrelid = c.oid ORDER BY i.inhseqno) AS parents
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p') AND %s
                ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"
                """.formatted(USER_RELATION), row -> {
            ObjectNode t = JSON.objectNode();
            t.put("schema", row.getString("nspname"));
            t.put("name", row.getString("relname"));
            t.put("kind", row.getString("relkind").equals("p") ? "partitioned table" : "table");
            t.put("persistence", persistence(row.getString("relpersistence")));
            putIfPresent(t, "partition_key", row.getString("partition_key"));
            putIfPresent(t, "partition_bound", row.getString("partition_bound"));
            putIfPresent(t, "comment", row.getString("comment"));
            t.set("parents", strings(SqlRows.strings(row, "parents")));
            t.put("row_security", row.getBoolean("relrowsecurity"));
            List<String> options = SqlRows.strings(row, "reloptions");
            if (options != null) {
                t.set("options", strings(options));
            }
            t.set("columns", JSON.arrayNode());
            tables.put(row.getLong("oid"), t);
        });
        readColumns(tables);
        readConstraints(tables);
        readTableIndexes(tables);
        ArrayNode result = JSON.arrayNode();
        tables.values().forEach(result::add);
        return result;
    }

    private static String persistence(String code) {
        return switch (code) {
            case "p" -> "permanent";
            case "u" -> "unlogged";
            case "t" -> "temporary";
            default -> code;
        };
    }

    private void readColumns(Map<Long, ObjectNode> tables) throws SQLException {
        Map<Long, Integer> ordinals = new HashMap<>();
        SqlRows.forEach(connection, """
                SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) AS type,
                       a.attnotnull, a.attidentity, a.attgenerated, pg_get_expr(d.adbin, d.adrelid) AS expr,
                       a.attislocal, col_description(a.attrelid, a.attnum) AS comment,
                       CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation
                FROM pg_attribute a
                JOIN pg_type t ON t.oid = a.atttypid
                LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                LEFT JOIN pg_collation co ON co.oid = a.attcollation
                WHERE a.attnum > 0 AND NOT a.attisdropped
                  AND a.attrelid IN (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                     WHERE c.relkind IN ('r', 'p'))
                ORDER BY a.attrelid, a.attnum
                """, row -> {
            ObjectNode table = tables.get(row.getLong("attrelid"));
            if (table == null) {
                return; // a relation outside the user's scope (system or extension table)
            }
            ObjectNode col = JSON.objectNode();
            col.put("attnum", row.getInt("attnum"));
            // ordinal: position among live columns; differs from attnum after DROP COLUMN.
            col.put("ordinal", ordinals.merge(row.getLong("attrelid"), 1, Integer::sum));
            col.put("name", row.getString("attname"));
            col.put("type", row.getString("type"));
            col.put("not_null", row.getBoolean("attnotnull"));
            String generated = row.getString("attgenerated");
            boolean isGenerated = generated != null && !generated.isEmpty();
            if (!isGenerated) {
                putIfPresent(col, "default", row.getString("expr"));
            }
            String identity = row.getString("attidentity");
            if ("a".equals(identity)) {
                col.put("identity", "ALWAYS");
            } else if ("d".equals(identity)) {
                col.put("identity", "BY DEFAULT");
            }
            if (isGenerated) {
                col.put("generated_stored", row.getString("expr"));
            }
            // Not in the truth files (no corpus column has an explicit COLLATE); reported only when it differs
            // from the type's own collation, so it cannot disturb a truth comparison yet catches a lost COLLATE.
            putIfPresent(col, "collation", row.getString("collation"));
            col.put("is_local", row.getBoolean("attislocal"));
            putIfPresent(col, "comment", row.getString("comment"));
            ((ArrayNode) table.get("columns")).add(col);
        });
    }

    private void readConstraints(Map<Long, ObjectNode> tables) throws SQLException {
        for (ObjectNode t : tables.values()) {
            t.set("unique_constraints", JSON.arrayNode());
            t.set("foreign_keys", JSON.arrayNode());
            t.set("check_constraints", JSON.arrayNode());
            t.set("exclusion_constraints", JSON.arrayNode());
        }
        SqlRows.forEach(connection, """
                SELECT k.conrelid, k.conname, k.contype,
                       ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
                             JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
                             ORDER BY u.ord) AS columns,
                       rn.nspname || '.' || rc.relname AS ref_table,
                       ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(attnum, ord)
                             JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum
                             ORDER BY u.ord) AS ref_columns,
                       k.confupdtype, k.confdeltype, k.confmatchtype, k.condeferrable, k.condeferred,
                       k.convalidated, k.connoinherit, k.conislocal, k.conparentid <> 0 AS from_partition_parent,
                       ic.relname AS index_name, pg_get_constraintdef(k.oid, true) AS definition
                FROM pg_constraint k
                LEFT JOIN pg_class rc ON rc.oid = k.confrelid
                LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
                LEFT JOIN pg_class ic ON ic.oid = k.conindid
                WHERE k.conrelid <> 0 AND k.contype IN ('p', 'u', 'f', 'c', 'x')
                ORDER BY k.conrelid, k.conname COLLATE "C"
                """, row -> {
            ObjectNode table = tables.get(row.getLong("conrelid"));
            if (table == null) {
                return;
            }
            String type = row.getString("contype");
            ObjectNode con = JSON.objectNode();
            con.put("name", row.getString("conname"));
            con.put("type", switch (type) {
                case "p" -> "PRIMARY KEY";
                case "u" -> "UNIQUE";
                case "f" -> "FOREIGN KEY";
                case "c" -> "CHECK";
                default -> "EXCLUDE";
            });
            con.set("columns", strings(SqlRows.strings(row, "columns")));
            if (type.equals("f")) {
                con.put("ref_table", row.getString("ref_table"));
                con.set("ref_columns", strings(SqlRows.strings(row, "ref_columns")));
                con.put("on_update", action(row.getString("confupdtype")));
                con.put("on_delete", action(row.getString("confdeltype")));
                con.put("match", switch (row.getString("confmatchtype")) {
                    case "f" -> "FULL";
                    case "p" -> "PARTIAL";
                    default -> "SIMPLE";
                });
            }
            con.put("deferrable", row.getBoolean("condeferrable"));
            con.put("initially_deferred", row.getBoolean("condeferred"));
            con.put("validated", row.getBoolean("convalidated"));
            con.put("no_inherit", row.getBoolean("connoinherit"));
            con.put("is_local", row.getBoolean("conislocal"));
            con.put("inherited_from_partition_parent", row.getBoolean("from_partition_parent"));
            if (type.equals("p") || type.equals("u") || type.equals("x")) {
                con.put("index_name", row.getString("index_name"));
            }
            con.put("definition", row.getString("definition"));
            switch (type) {
                case "p" -> table.set("primary_key", con);
                case "u" -> ((ArrayNode) table.get("unique_constraints")).add(con);
                case "f" -> ((ArrayNode) table.get("foreign_keys")).add(con);
                case "c" -> ((ArrayNode) table.get("check_constraints")).add(con);
                default -> ((ArrayNode) table.get("exclusion_constraints")).add(con);
            }
        });
        // The truth files put primary_key between columns and unique_constraints: re-insert in that order.
        for (ObjectNode t : tables.values()) {
            reorderAfter(t, "columns", "primary_key", "unique_constraints", "foreign_keys", "check_constraints",
                    "exclusion_constraints");
        }
    }

    private static String action(String code) {
        return switch (code) {
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> "NO ACTION";
        };
    }

    private void readTableIndexes(Map<Long, ObjectNode> tables) throws SQLException {
        tables.values().forEach(t -> t.set("indexes", JSON.arrayNode()));
        Map<Long, ArrayNode> byRelation = new HashMap<>();
        tables.forEach((oid, t) -> byRelation.put(oid, (ArrayNode) t.get("indexes")));
        readIndexes(byRelation);
    }

    /** Adds the indexes of each relation in {@code byRelation} (tables or materialized views) to its array. */
    void readIndexes(Map<Long, ArrayNode> byRelation) throws SQLException {
        String nullsNotDistinct = hasNullsNotDistinct ? "i.indnullsnotdistinct" : "false";
        SqlRows.forEach(connection, """
                SELECT i.indrelid, ic.relname, am.amname, i.indisunique, i.indisprimary,
                       %s AS nulls_not_distinct,
                       EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid
                               AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x')) AS constraint_backed,
                       i.indnkeyatts,
                       ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY u(attnum, ord)
                             LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = u.attnum
                             ORDER BY u.ord) AS columns,
                       pg_get_expr(i.indexprs, i.indrelid) AS expressions,
                       pg_get_expr(i.indpred, i.indrelid) AS predicate,
                       i.indisvalid, ic.relkind = 'I' AS partitioned_index,
                       pg_get_indexdef(i.indexrelid) AS definition
                FROM pg_index i
                JOIN pg_class ic ON ic.oid = i.indexrelid
                JOIN pg_am am ON am.oid = ic.relam
                ORDER BY i.indrelid, ic.relname COLLATE "C"
                """.formatted(nullsNotDistinct), row -> {
            ArrayNode target = byRelation.get(row.getLong("indrelid"));
            if (target == null) {
                return;
            }
            ObjectNode idx = JSON.objectNode();
            idx.put("name", row.getString("relname"));
            idx.put("method", row.getString("amname"));
            idx.put("unique", row.getBoolean("indisunique"));
            idx.put("primary", row.getBoolean("indisprimary"));
            idx.put("nulls_not_distinct", row.getBoolean("nulls_not_distinct"));
            idx.put("constraint_backed", row.getBoolean("constraint_backed"));
            List<String> columns = SqlRows.strings(row, "columns");
            int keyCount = row.getInt("indnkeyatts");
            // Expression positions (attnum 0) come out as null, as in the truth files.
            idx.set("key_columns", strings(columns.subList(0, keyCount)));
            if (columns.size() > keyCount) {
                idx.set("include_columns", strings(columns.subList(keyCount, columns.size())));
            }
            putIfPresent(idx, "expressions", row.getString("expressions"));
            putIfPresent(idx, "predicate", row.getString("predicate"));
            idx.put("valid", row.getBoolean("indisvalid"));
            idx.put("partitioned_index", row.getBoolean("partitioned_index"));
            idx.put("definition", row.getString("definition"));
            target.add(idx);
        });
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode array = JSON.arrayNode();
        if (values != null) {
            values.forEach(array::add);
        }
        return array;
    }

    static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** Moves {@code fields} (those present) to just after {@code anchor}, in the given order. */
    private static void reorderAfter(ObjectNode node, String anchor, String... fields) {
        Map<String, com.fasterxml.jackson.databind.JsonNode> moved = new LinkedHashMap<>();
        for (String f : fields) {
            if (node.has(f)) {
                moved.put(f, node.remove(f));
            }
        }
        Map<String, com.fasterxml.jackson.databind.JsonNode> rest = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> rest.put(e.getKey(), e.getValue()));
        node.removeAll();
        rest.forEach((k, v) -> {
            node.set(k, v);
            if (k.equals(anchor)) {
                moved.forEach(node::set);
            }
        });
    }
}

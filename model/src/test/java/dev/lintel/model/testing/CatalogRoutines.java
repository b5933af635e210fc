package dev.lintel.model.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;

/** Reads sequences, triggers and functions in the truth-file shape. */
final class CatalogRoutines {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CatalogRoutines() {
    }

    /**
     * All sequences, including those behind serial and identity columns. {@code owned_by} is the
     * column the sequence belongs to (OWNED BY / serial: auto dependency; identity: internal
     * dependency), written {@code schema.table.column}; {@code identity} says it is an identity's.
     */
    static ArrayNode readSequences(Connection connection) throws SQLException {
        ArrayNode sequences = JSON.arrayNode();
        SqlRows.forEach(connection, """
                SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL) AS data_type, s.seqstart,
                       s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
                       (SELECT tn.nspname || '.' || tc.relname || '.' || ta.attname
                        FROM pg_depend d JOIN pg_class tc ON tc.oid = d.refobjid
                        JOIN pg_namespace tn ON tn.oid = tc.relnamespace
                        JOIN pg_attribute ta ON ta.attrelid = d.refobjid AND ta.attnum = d.refobjsubid
                        WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                          AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0
                          AND d.deptype IN ('a', 'i')
                        LIMIT 1) AS owned_by,
                       EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                               AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass
                               AND d.deptype = 'i') AS identity
                FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE %s
                ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"
                """.formatted(CatalogTables.USER_RELATION), row -> {
            ObjectNode seq = sequences.addObject();
            seq.put("schema", row.getString("nspname"));
            seq.put("name", row.getString("relname"));
            seq.put("data_type", row.getString("data_type"));
            seq.put("start", row.getLong("seqstart"));
            seq.put("increment", row.getLong("seqincrement"));
            seq.put("min", row.getLong("seqmin"));
            seq.put("max", row.getLong("seqmax"));
            seq.put("cache", row.getLong("seqcache"));
            seq.put("cycle", row.getBoolean("seqcycle"));
            seq.put("owned_by", row.getString("owned_by"));
            seq.put("identity", row.getBoolean("identity"));
        });
        return sequences;
    }

    /** User triggers (not the internal ones behind foreign keys), on tables and views. */
    static ArrayNode readTriggers(Connection connection) throws SQLException {
        ArrayNode triggers = JSON.arrayNode();
        SqlRows.forEach(connection, """
                SELECT n.nspname, c.relname, t.tgname, t.tgenabled, pg_get_triggerdef(t.oid) AS definition
                FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE NOT t.tgisinternal AND %s
                ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C", t.tgname COLLATE "C"
                """.formatted(CatalogTables.USER_RELATION), row -> {
            ObjectNode trigger = triggers.addObject();
            trigger.put("schema", row.getString("nspname"));
            trigger.put("table", row.getString("relname"));
            trigger.put("name", row.getString("tgname"));
            trigger.put("enabled", row.getString("tgenabled"));
            trigger.put("definition", row.getString("definition"));
        });
        return triggers;
    }

    /**
     * Functions, procedures and aggregates. The body is compared by its MD5 only: bodies are
     * opaque to Lintel and long; a hash still proves the text survived byte for byte.
     */
    static ArrayNode readFunctions(Connection connection) throws SQLException {
        ArrayNode functions = JSON.arrayNode();
        SqlRows.forEach(connection, """
                SELECT n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) AS arguments, p.prokind,
                       pg_get_function_result(p.oid) AS result, l.lanname, md5(p.prosrc) AS body_md5
                FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                JOIN pg_language l ON l.oid = p.prolang
                WHERE %s AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_proc'::regclass
                                         AND e.objid = p.oid AND e.deptype = 'e')
                ORDER BY n.nspname COLLATE "C", p.proname COLLATE "C", pg_get_function_identity_arguments(p.oid) COLLATE "C"
                """.formatted(CatalogSnapshot.USER_NAMESPACE), row -> {
            ObjectNode function = functions.addObject();
            function.put("schema", row.getString("nspname"));
            function.put("name", row.getString("proname"));
            function.put("arguments", row.getString("arguments"));
            function.put("kind", switch (row.getString("prokind")) {
                case "p" -> "procedure";
                case "a" -> "aggregate";
                case "w" -> "window";
                default -> "function";
            });
            function.put("result", row.getString("result"));
            function.put("language", row.getString("lanname"));
            function.put("body_md5", row.getString("body_md5"));
        });
        return functions;
    }
}

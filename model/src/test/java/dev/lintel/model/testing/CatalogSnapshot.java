package dev.lintel.model.testing;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The catalog oracle: reads a live PostgreSQL database into exactly the JSON shape of the corpus
 * truth files ({@code shared/corpus/truth/<name>.json}), so a database built from Lintel's output
 * can be compared with the truth by {@link CatalogComparison}.
 *
 * <p>Everything is read from pg_catalog with the server's own deparsers ({@code format_type},
 * {@code pg_get_expr}, {@code pg_get_constraintdef}, {@code pg_get_indexdef}, {@code pg_get_viewdef},
 * {@code pg_get_triggerdef}, ...). Those print names schema-qualified unless the schema is on the
 * search path, and timestamps in the session time zone; the truth files were made with an empty
 * search path ({@code public.film}, {@code public.mpaa_rating}) and UTC ({@code '2022-01-01 00:00:00+00'}),
 * so the snapshot session sets both. Objects created by extensions and system schemas are left out.
 *
 * <p>Top-level fields: database, source, server (not facts: they describe where the snapshot came
 * from), summary (counts derived from the rest), schemas, extensions, tables, enums, domains,
 * composite_types, views, sequences, triggers, functions.
 */
public final class CatalogSnapshot {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final String USER_NAMESPACE = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp)'";

    private final Connection connection;

    private CatalogSnapshot(Connection connection) {
        this.connection = connection;
    }

    /** Snapshot of the connection's database; {@code source} is recorded as given (may be null). */
    public static ObjectNode take(Connection connection, String source) throws SQLException {
        return new CatalogSnapshot(connection).read(source);
    }

    private ObjectNode read(String source) throws SQLException {
        try (Statement s = connection.createStatement()) {
            // See the class comment: deparsed text must match the truth files' session settings.
            s.execute("SET search_path = ''");
            s.execute("SET TimeZone = 'UTC'");
            s.execute("SET DateStyle = 'ISO, MDY'");
            s.execute("SET IntervalStyle = 'postgres'");
        }
        ObjectNode doc = JSON.objectNode();
        doc.put("database", connection.getCatalog());
        doc.put("source", source);
        ObjectNode server = doc.putObject("server");
        int versionNum = readServer(server);
        ObjectNode summaryPlaceholder = doc.putObject("summary");
        doc.set("schemas", readSchemas());
        doc.set("extensions", readExtensions());
        doc.set("tables", new CatalogTables(connection, versionNum).readTables());
        CatalogTypes types = new CatalogTypes(connection);
        doc.set("enums", types.readEnums());
        doc.set("domains", types.readDomains());
        doc.set("composite_types", types.readCompositeTypes());
        doc.set("views", readViews(versionNum));
        doc.set("sequences", CatalogRoutines.readSequences(connection));
        doc.set("triggers", CatalogRoutines.readTriggers(connection));
        doc.set("functions", CatalogRoutines.readFunctions(connection));
        summaryPlaceholder.setAll(CatalogSummary.of(doc));
        return doc;
    }

    private int readServer(ObjectNode server) throws SQLException {
        int[] versionNum = new int[1];
        SqlRows.forEach(connection, """
                SELECT current_setting('server_version') AS version,
                       current_setting('server_version_num')::int AS num,
                       current_setting('server_encoding') AS encoding,
                       (SELECT datcollate FROM pg_database WHERE datname = current_database()) AS collate
                """, row -> {
            server.put("version", row.getString("version"));
            server.put("server_version_num", row.getInt("num"));
            server.put("encoding", row.getString("encoding"));
            server.put("collate", row.getString("collate"));
            versionNum[0] = row.getInt("num");
        });
        return versionNum[0];
    }

    private ArrayNode readSchemas() throws SQLException {
        ArrayNode schemas = JSON.arrayNode();
        SqlRows.forEach(connection, """
                SELECT n.nspname, obj_description(n.oid, 'pg_namespace') AS comment
                FROM pg_namespace n
                WHERE %s AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_namespace'::regclass
                                         AND e.objid = n.oid AND e.deptype = 'e')
                ORDER BY n.nspname COLLATE "C"
                """.formatted(USER_NAMESPACE), row -> {
            ObjectNode schema = schemas.addObject();
            schema.put("name", row.getString("nspname"));
            schema.put("comment", row.getString("comment"));
        });
        return schemas;
    }

    private ArrayNode readExtensions() throws SQLException {
        ArrayNode extensions = JSON.arrayNode();
        // plpgsql is installed in every database by initdb; the truth files leave it out.
        SqlRows.forEach(connection, """
                SELECT x.extname, x.extversion, n.nspname
                FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
                WHERE x.extname <> 'plpgsql'
                ORDER BY x.extname COLLATE "C"
                """, row -> {
            ObjectNode ext = extensions.addObject();
            ext.put("name", row.getString("extname"));
            ext.put("version", row.getString("extversion"));
            ext.put("schema", row.getString("nspname"));
        });
        return extensions;
    }

    private ArrayNode readViews(int versionNum) throws SQLException {
        Map<Long, ObjectNode> views = new LinkedHashMap<>();
        Map<Long, ArrayNode> matviewIndexes = new HashMap<>();
        SqlRows.forEach(connection, """
                SELECT c.oid, n.nspname, c.relname, c.relkind, pg_get_viewdef(c.oid, true) AS definition,
                       obj_description(c.oid, 'pg_class') AS comment
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('v', 'm') AND %s
                ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"
                """.formatted(CatalogTables.USER_RELATION), row -> {
            ObjectNode view = JSON.objectNode();
            view.put("schema", row.getString("nspname"));
            view.put("name", row.getString("relname"));
            boolean materialized = row.getString("relkind").equals("m");
            view.put("kind", materialized ? "materialized view" : "view");
            view.put("definition", row.getString("definition"));
            view.put("comment", row.getString("comment"));
            view.set("columns", JSON.arrayNode());
            if (materialized) {
                matviewIndexes.put(row.getLong("oid"), view.putArray("indexes"));
            }
            views.put(row.getLong("oid"), view);
        });
        SqlRows.forEach(connection, """
                SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod) AS type
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                WHERE c.relkind IN ('v', 'm') AND a.attnum > 0 AND NOT a.attisdropped
                ORDER BY a.attrelid, a.attnum
                """, row -> {
            ObjectNode view = views.get(row.getLong("attrelid"));
            if (view != null) {
                ObjectNode col = ((ArrayNode) view.get("columns")).addObject();
                col.put("name", row.getString("attname"));
                col.put("type", row.getString("type"));
            }
        });
        new CatalogTables(connection, versionNum).readIndexes(matviewIndexes);
        ArrayNode result = JSON.arrayNode();
        views.values().forEach(result::add);
        return result;
    }

    /** Reads a truth file or a written snapshot. */
    public static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Pretty JSON like the truth files (one-space indent), for writing snapshots next to them. */
    public static String toJson(JsonNode document) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter(" ", "\n"))
                .withArrayIndenter(new DefaultIndenter(" ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(document) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

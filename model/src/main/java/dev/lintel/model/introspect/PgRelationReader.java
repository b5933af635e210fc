package dev.lintel.model.introspect;

import dev.lintel.model.schema.OpaqueObject;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.View;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables, partitions and their parents, views and materialized views: one query over pg_class.
 * Table settings the model has no field for (row level security, storage parameters, replica
 * identity) become opaque {@code ALTER TABLE} statements, as the conventions ask.
 */
final class PgRelationReader {
    private PgRelationReader() {
    }

    static void read(CatalogSession session, PgCatalog catalog) throws SQLException, IntrospectionException {
        List<long[]> parentLinks = new ArrayList<>();
        session.query("tables and views", """
                SELECT c.oid, c.relnamespace, n.nspname, c.relname, c.relkind, c.relpersistence, c.relispartition,
                       c.relrowsecurity, c.relforcerowsecurity, c.relreplident, c.reloptions, c.relispopulated,
                       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
                       pg_get_expr(c.relpartbound, c.oid) AS partition_bound,
                       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS view_definition,
                       obj_description(c.oid, 'pg_class') AS comment,
                       ARRAY(SELECT i.inhparent FROM pg_inherits i WHERE i.inhrelid = c.oid ORDER BY i.inhseqno) AS parents,
                       (SELECT ic.relname FROM pg_index ri JOIN pg_class ic ON ic.oid = ri.indexrelid
                        WHERE ri.indrelid = c.oid AND ri.indisreplident) AS replica_index
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p', 'v', 'm') AND %s AND %s
                ORDER BY c.oid
                """.formatted(PgCatalog.USER_NAMESPACE, PgCatalog.NOT_EXTENSION_RELATION), row -> {
            if (!catalog.inScope(row.getLong("relnamespace"))) {
                return;
            }
            QualifiedName name = QualifiedName.of(row.getString("nspname"), row.getString("relname"));
            String kind = row.getString("relkind");
            if (kind.equals("v") || kind.equals("m")) {
                readView(row, catalog, name, kind.equals("m"));
                return;
            }
            long oid = row.getLong("oid");
            PgCatalog.TableDraft draft = new PgCatalog.TableDraft(oid, name, row.getBoolean("relispartition"));
            draft.builder.comment(row.getString("comment"))
                    .unlogged("u".equals(row.getString("relpersistence")))
                    .partitionBy(row.getString("partition_key"));
            for (Object parent : (Object[]) row.getArray("parents").getArray()) {
                long parentOid = ((Number) parent).longValue();
                draft.parentOids.add(parentOid);
                parentLinks.add(new long[]{oid, parentOid});
            }
            draft.partitionBound = row.getString("partition_bound");
            catalog.tables.put(oid, draft);
            tableSettings(row, catalog, name);
        });
        // Parents are named once every table is known (a parent may have a higher oid after a rename dance).
        session.afterRows(() -> nameParents(catalog));
    }

    private static void nameParents(PgCatalog catalog) {
        for (PgCatalog.TableDraft draft : catalog.tables.values()) {
            List<QualifiedName> parents = new ArrayList<>();
            for (long parentOid : draft.parentOids) {
                PgCatalog.TableDraft parent = catalog.tables.get(parentOid);
                if (parent == null) {
                    catalog.warn("table " + draft.name + " inherits from a table outside the schemas read; parent left out");
                    continue;
                }
                parents.add(parent.name);
            }
            if (draft.partition && !parents.isEmpty()) {
                draft.builder.partitionOf(parents.get(0), draft.partitionBound);
            } else {
                draft.builder.inherits(parents);
            }
        }
    }

    private static void readView(ResultSet row, PgCatalog catalog, QualifiedName name, boolean materialized)
            throws SQLException {
        String options = reloptions(row);
        catalog.views.add(new View(name, SqlText.stripTrailingSemicolon(row.getString("view_definition")), materialized,
                List.of(), options, !materialized || row.getBoolean("relispopulated"), row.getString("comment")));
        if (materialized) {
            catalog.matviews.put(row.getLong("oid"), name);
        }
    }

    private static void tableSettings(ResultSet row, PgCatalog catalog, QualifiedName name) throws SQLException {
        String table = "ALTER TABLE " + PgCatalog.qualified(name);
        if (row.getBoolean("relrowsecurity")) {
            catalog.afterwards.add(new OpaqueObject("ALTER TABLE", name, table + " ENABLE ROW LEVEL SECURITY"));
        }
        if (row.getBoolean("relforcerowsecurity")) {
            catalog.afterwards.add(new OpaqueObject("ALTER TABLE", name, table + " FORCE ROW LEVEL SECURITY"));
        }
        String options = reloptions(row);
        if (options != null) {
            catalog.afterwards.add(new OpaqueObject("ALTER TABLE", name, table + " SET (" + options + ")"));
        }
        switch (row.getString("relreplident")) {
            case "f" -> catalog.afterwards.add(new OpaqueObject("ALTER TABLE", name, table + " REPLICA IDENTITY FULL"));
            case "n" -> catalog.afterwards.add(new OpaqueObject("ALTER TABLE", name, table + " REPLICA IDENTITY NOTHING"));
            case "i" -> catalog.afterwards.add(new OpaqueObject("ALTER TABLE", name, table + " REPLICA IDENTITY USING INDEX "
                    + PgCatalog.ident(row.getString("replica_index"))));
            default -> {
                // 'd': the primary key, the default
            }
        }
    }

    /** {@code {fillfactor=70,autovacuum_enabled=false}} -> {@code fillfactor=70, autovacuum_enabled=false}. */
    private static String reloptions(ResultSet row) throws SQLException {
        java.sql.Array array = row.getArray("reloptions");
        if (array == null) {
            return null;
        }
        List<String> options = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            String option = o.toString();
            int eq = option.indexOf('=');
            // Values are written as PostgreSQL prints them; quote any that is not a plain word or number.
            String value = option.substring(eq + 1);
            options.add(value.matches("[A-Za-z0-9_.\\-]+") ? option : option.substring(0, eq + 1) + PgTypeReader.literal(value));
        }
        return options.isEmpty() ? null : String.join(", ", options);
    }
}

package dev.lintel.model.introspect;

import dev.lintel.model.schema.Extension;
import dev.lintel.model.schema.Namespace;
import java.sql.SQLException;

/** Schemas (filtered: every later reader keeps only objects in these) and extensions. */
final class PgNamespaceReader {
    private PgNamespaceReader() {
    }

    static void read(CatalogSession session, PgCatalog catalog) throws SQLException, IntrospectionException {
        session.query("schemas", """
                SELECT n.oid, n.nspname, obj_description(n.oid, 'pg_namespace') AS comment
                FROM pg_namespace n
                WHERE %s AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_namespace'::regclass
                                         AND e.objid = n.oid AND e.deptype = 'e')
                ORDER BY n.nspname
                """.formatted(PgCatalog.USER_NAMESPACE), row -> {
            String name = row.getString("nspname");
            if (catalog.filter.accepts(name)) {
                catalog.namespaces.put(row.getLong("oid"), name);
                catalog.namespaceList.add(new Namespace(name, row.getString("comment")));
            }
        });
        // plpgsql is installed in every database by initdb: not part of anyone's design.
        // The version is left out, as pg_dump does: the target server installs its own default version.
        session.query("extensions", """
                SELECT x.extname, n.nspname FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
                WHERE x.extname <> 'plpgsql' ORDER BY x.extname
                """, row -> catalog.extensions.add(new Extension(row.getString("extname"), row.getString("nspname"), null)));
    }
}

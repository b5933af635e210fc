package dev.lintel.model.introspect;

import dev.lintel.model.schema.OpaqueObject;
import dev.lintel.model.schema.QualifiedName;
import java.sql.SQLException;

/**
 * Functions, procedures and aggregates (opaque definitions, in oid order), triggers and row
 * level security policies (opaque, after everything): one query each, text from the server's
 * own deparsers ({@code pg_get_functiondef}, {@code pg_get_triggerdef}, {@code pg_get_expr}).
 */
final class PgRoutineReader {
    private static final String NOT_EXTENSION_PROC = "NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_proc'::regclass"
            + " AND e.objid = p.oid AND e.deptype = 'e')";

    private PgRoutineReader() {
    }

    static void read(CatalogSession session, PgCatalog catalog) throws SQLException, IntrospectionException {
        readFunctions(session, catalog);
        readTriggers(session, catalog);
        readPolicies(session, catalog);
    }

    private static void readFunctions(CatalogSession session, PgCatalog catalog) throws SQLException, IntrospectionException {
        int[] count = new int[1];
        session.query("functions", """
                SELECT p.oid, p.pronamespace, n.nspname, p.proname, p.prokind,
                       CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) END AS definition,
                       obj_description(p.oid, 'pg_proc') AS comment,
                       format('%%s.%%I(%%s)', quote_ident(n.nspname), p.proname, pg_get_function_identity_arguments(p.oid)) AS signature,
                       a.aggkind, a.aggtransfn::regproc::text AS sfunc, format_type(a.aggtranstype, NULL) AS stype,
                       CASE WHEN a.aggfinalfn <> 0 THEN a.aggfinalfn::regproc::text END AS finalfunc,
                       CASE WHEN a.aggcombinefn <> 0 THEN a.aggcombinefn::regproc::text END AS combinefunc,
                       a.agginitval, a.aggtransspace
                FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                LEFT JOIN pg_aggregate a ON a.aggfnoid = p.oid
                WHERE %s AND %s
                ORDER BY p.oid
                """.formatted(PgCatalog.USER_NAMESPACE, NOT_EXTENSION_PROC), row -> {
            if (!catalog.inScope(row.getLong("pronamespace"))) {
                return;
            }
            QualifiedName name = QualifiedName.of(row.getString("nspname"), row.getString("proname"));
            String kind = row.getString("prokind");
            String sql;
            String objectKind;
            if (kind.equals("a")) {
                if (!"n".equals(row.getString("aggkind"))) {
                    catalog.warn("ordered-set aggregate " + row.getString("signature") + " is not read; left out");
                    return;
                }
                objectKind = "AGGREGATE";
                StringBuilder sb = new StringBuilder("CREATE AGGREGATE ").append(row.getString("signature"))
                        .append(" (SFUNC = ").append(row.getString("sfunc")).append(", STYPE = ").append(row.getString("stype"));
                if (row.getString("finalfunc") != null) {
                    sb.append(", FINALFUNC = ").append(row.getString("finalfunc"));
                }
                if (row.getString("combinefunc") != null) {
                    sb.append(", COMBINEFUNC = ").append(row.getString("combinefunc"));
                }
                if (row.getString("agginitval") != null) {
                    sb.append(", INITCOND = ").append(PgTypeReader.literal(row.getString("agginitval")));
                }
                sql = sb.append(')').toString();
            } else {
                objectKind = kind.equals("p") ? "PROCEDURE" : "FUNCTION";
                sql = SqlText.stripTrailingSemicolon(row.getString("definition"));
            }
            long oid = row.getLong("oid");
            catalog.definitions.add(new PgCatalog.Ordered(oid, new OpaqueObject(objectKind, name, sql)));
            String comment = row.getString("comment");
            if (comment != null) {
                catalog.afterwards.add(new OpaqueObject("COMMENT", name, "COMMENT ON " + objectKind + " "
                        + row.getString("signature") + " IS " + PgTypeReader.literal(comment)));
            }
            count[0]++;
        });
        session.progress("functions", () -> count[0]);
    }

    private static void readTriggers(CatalogSession session, PgCatalog catalog) throws SQLException, IntrospectionException {
        // Triggers cloned onto partitions from a trigger of the partitioned parent are implied by it.
        String notCloned = PgCatalogVersions.triggerNotCloned(catalog.serverVersionNum);
        session.query("triggers", """
                SELECT c.relnamespace, n.nspname, c.relname, t.tgname, t.tgenabled, pg_get_triggerdef(t.oid) AS definition,
                       obj_description(t.oid, 'pg_trigger') AS comment
                FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE NOT t.tgisinternal AND %s AND %s AND %s
                ORDER BY n.nspname, c.relname, t.tgname
                """.formatted(notCloned, PgCatalog.USER_NAMESPACE, PgCatalog.NOT_EXTENSION_RELATION), row -> {
            if (!catalog.inScope(row.getLong("relnamespace"))) {
                return;
            }
            QualifiedName table = QualifiedName.of(row.getString("nspname"), row.getString("relname"));
            QualifiedName name = QualifiedName.of(table.schema(), row.getString("tgname"));
            catalog.afterwards.add(new OpaqueObject("TRIGGER", name, row.getString("definition")));
            String on = " ON " + PgCatalog.qualified(table);
            String enable = switch (row.getString("tgenabled")) {
                case "D" -> "DISABLE TRIGGER ";
                case "R" -> "ENABLE REPLICA TRIGGER ";
                case "A" -> "ENABLE ALWAYS TRIGGER ";
                default -> null;
            };
            if (enable != null) {
                catalog.afterwards.add(new OpaqueObject("ALTER TABLE", table, "ALTER TABLE " + PgCatalog.qualified(table) + " "
                        + enable + PgCatalog.ident(name.name())));
            }
            String comment = row.getString("comment");
            if (comment != null) {
                catalog.afterwards.add(new OpaqueObject("COMMENT", name, "COMMENT ON TRIGGER " + PgCatalog.ident(name.name())
                        + on + " IS " + PgTypeReader.literal(comment)));
            }
        });
    }

    private static void readPolicies(CatalogSession session, PgCatalog catalog) throws SQLException, IntrospectionException {
        session.query("policies", """
                SELECT c.relnamespace, n.nspname, c.relname, p.polname, p.polpermissive, p.polcmd,
                       ARRAY(SELECT CASE WHEN r = 0 THEN 'PUBLIC' ELSE quote_ident(ro.rolname) END
                             FROM unnest(p.polroles) r LEFT JOIN pg_roles ro ON ro.oid = r) AS roles,
                       pg_get_expr(p.polqual, p.polrelid) AS qual, pg_get_expr(p.polwithcheck, p.polrelid) AS with_check
                FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE %s AND %s
                ORDER BY n.nspname, c.relname, p.polname
                """.formatted(PgCatalog.USER_NAMESPACE, PgCatalog.NOT_EXTENSION_RELATION), row -> {
            if (!catalog.inScope(row.getLong("relnamespace"))) {
                return;
            }
            QualifiedName table = QualifiedName.of(row.getString("nspname"), row.getString("relname"));
            StringBuilder sql = new StringBuilder("CREATE POLICY ").append(PgCatalog.ident(row.getString("polname")))
                    .append(" ON ").append(PgCatalog.qualified(table))
                    .append(row.getBoolean("polpermissive") ? "" : " AS RESTRICTIVE")
                    .append(" FOR ").append(switch (row.getString("polcmd")) {
                        case "r" -> "SELECT";
                        case "a" -> "INSERT";
                        case "w" -> "UPDATE";
                        case "d" -> "DELETE";
                        default -> "ALL";
                    })
                    .append(" TO ").append(String.join(", ", PgTypeReader.strings(row, "roles")));
            if (row.getString("qual") != null) {
                sql.append(" USING (").append(row.getString("qual")).append(')');
            }
            if (row.getString("with_check") != null) {
                sql.append(" WITH CHECK (").append(row.getString("with_check")).append(')');
            }
            catalog.afterwards.add(new OpaqueObject("POLICY", QualifiedName.of(table.schema(), row.getString("polname")),
                    sql.toString()));
        });
    }
}

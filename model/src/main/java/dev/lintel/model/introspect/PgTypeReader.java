package dev.lintel.model.introspect;

import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.Domain;
import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.OpaqueObject;
import dev.lintel.model.schema.QualifiedName;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Enums and standalone composite types (one query: both are rows of pg_type with their parts
 * aggregated), and domains with their CHECK constraints (another). Composite types have no
 * record in the model: they become {@code CREATE TYPE ... AS (...)} opaque definitions.
 */
final class PgTypeReader {
    private static final String USER_TYPE = PgCatalog.USER_NAMESPACE
            + " AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_type'::regclass"
            + " AND e.objid = t.oid AND e.deptype = 'e')";

    private PgTypeReader() {
    }

    static void read(CatalogSession session, PgCatalog catalog) throws SQLException, IntrospectionException {
        session.query("enums and composite types", """
                SELECT t.oid, t.typnamespace, n.nspname, t.typname, t.typtype, obj_description(t.oid, 'pg_type') AS comment,
                       ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels,
                       ARRAY(SELECT format('%%I %%s', a.attname, format_type(a.atttypid, a.atttypmod))
                                    || CASE WHEN a.attcollation <> at.typcollation THEN ' COLLATE ' || quote_ident(co.collname) ELSE '' END
                             FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid
                             LEFT JOIN pg_collation co ON co.oid = a.attcollation
                             WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS attributes
                FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                WHERE (t.typtype = 'e' OR t.typtype = 'c' AND (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
                  AND %s
                ORDER BY t.oid
                """.formatted(USER_TYPE), row -> {
            if (!catalog.inScope(row.getLong("typnamespace"))) {
                return;
            }
            QualifiedName name = QualifiedName.of(row.getString("nspname"), row.getString("typname"));
            if (row.getString("typtype").equals("e")) {
                catalog.enums.add(new EnumType(name, strings(row, "labels"), row.getString("comment")));
            } else {
                String sql = "CREATE TYPE " + PgCatalog.qualified(name) + " AS (" + String.join(", ", strings(row, "attributes")) + ")";
                catalog.definitions.add(new PgCatalog.Ordered(row.getLong("oid"), new OpaqueObject("TYPE", name, sql)));
                String comment = row.getString("comment");
                if (comment != null) {
                    catalog.afterwards.add(new OpaqueObject("COMMENT", name, "COMMENT ON TYPE " + PgCatalog.qualified(name)
                            + " IS " + literal(comment)));
                }
            }
        });
        session.query("domains", """
                SELECT t.typnamespace, n.nspname, t.typname, t.typnotnull, pg_get_expr(t.typdefaultbin, 0) AS default_expr,
                       CASE WHEN t.typcollation <> dbt.typcollation THEN co.collname END AS collation,
                       obj_description(t.oid, 'pg_type') AS comment, t.typndims, %s,
                       ARRAY(SELECT k.conname::text FROM pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'c'
                             ORDER BY k.conname) AS check_names,
                       ARRAY(SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k WHERE k.contypid = t.oid
                             AND k.contype = 'c' ORDER BY k.conname) AS check_defs,
                       ARRAY(SELECT k.convalidated FROM pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'c'
                             ORDER BY k.conname) AS check_valid
                FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                JOIN pg_type dbt ON dbt.oid = t.typbasetype
                LEFT JOIN pg_collation co ON co.oid = t.typcollation
                %s
                WHERE t.typtype = 'd' AND %s
                ORDER BY n.nspname, t.typname
                """.formatted(PgTypes.columns("t.typtypmod", "d"), PgTypes.joins("t.typbasetype", "d"), USER_TYPE), row -> {
            if (!catalog.inScope(row.getLong("typnamespace"))) {
                return;
            }
            DataType base = PgTypes.read(row, "d", row.getInt("typndims"));
            List<String> names = strings(row, "check_names");
            List<String> defs = strings(row, "check_defs");
            Object[] valid = (Object[]) row.getArray("check_valid").getArray();
            List<CheckConstraint> checks = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String expression = SqlText.stripOuterParentheses(checkBody(defs.get(i)));
                checks.add(new CheckConstraint(names.get(i), expression, !Boolean.TRUE.equals(valid[i]), false));
            }
            catalog.domains.add(new Domain(QualifiedName.of(row.getString("nspname"), row.getString("typname")), base,
                    row.getBoolean("typnotnull"), row.getString("default_expr"), row.getString("collation"), checks,
                    row.getString("comment")));
        });
    }

    /** {@code CHECK (VALUE > 0) NOT VALID} -> {@code (VALUE > 0)}. */
    static String checkBody(String definition) {
        String s = definition.strip();
        if (s.startsWith("CHECK ")) {
            s = s.substring("CHECK ".length());
        }
        if (s.endsWith(" NOT VALID")) {
            s = s.substring(0, s.length() - " NOT VALID".length());
        }
        return s;
    }

    static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        List<String> out = new ArrayList<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                out.add(o == null ? null : o.toString());
            }
        }
        return out;
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

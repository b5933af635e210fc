package dev.lintel.model.introspect;

import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.DataTypes;
import dev.lintel.model.schema.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a type as the catalog holds it into a {@link DataType}. The SQL parts ({@link #joins},
 * {@link #columns}) are spliced into the queries that read columns, domains and sequences, so
 * types cost no query of their own: element type of arrays, the base type's schema, name and
 * kind, {@code format_type} for the modifiers, and whether an extension owns it.
 */
final class PgTypes {
    /** {@code character varying(255)}, {@code timestamp(3) with time zone}, {@code public.vector(3)}. */
    private static final Pattern FORMATTED = Pattern.compile("^([^(]*)(?:\\(([^)]*)\\))?(.*)$", Pattern.DOTALL);

    private PgTypes() {
    }

    /** Joins that resolve {@code typeOid} to alias{@code b} (the base, element type for arrays). */
    static String joins(String typeOid, String a) {
        return """
                 JOIN pg_type %1$st ON %1$st.oid = %2$s
                 LEFT JOIN pg_type %1$se ON %1$st.typcategory = 'A' AND %1$st.typelem <> 0 AND %1$se.oid = %1$st.typelem
                 JOIN pg_type %1$sb ON %1$sb.oid = COALESCE(%1$se.oid, %1$st.oid)
                 JOIN pg_namespace %1$sn ON %1$sn.oid = %1$sb.typnamespace
                """.formatted(a, typeOid);
    }

    /** Select-list items named {@code <a>_nsp, <a>_name, <a>_kind, <a>_format, <a>_array, <a>_ext}. */
    static String columns(String typmod, String a) {
        return ("%1$sn.nspname AS %1$s_nsp, %1$sb.typname AS %1$s_name, %1$sb.typtype AS %1$s_kind,"
                + " format_type(%1$sb.oid, %2$s) AS %1$s_format, (%1$se.oid IS NOT NULL) AS %1$s_array,"
                + " EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_type'::regclass AND x.objid = %1$sb.oid"
                + " AND x.deptype = 'e') AS %1$s_ext").formatted(a, typmod);
    }

    /** Reads the parts named by {@link #columns}; {@code dimensions} is {@code attndims} (0 when unknown). */
    static DataType read(ResultSet row, String a, int dimensions) throws SQLException {
        String nsp = row.getString(a + "_nsp");
        String name = row.getString(a + "_name");
        String kind = row.getString(a + "_kind");
        String formatted = row.getString(a + "_format");
        boolean array = row.getBoolean(a + "_array");
        boolean extensionOwned = row.getBoolean(a + "_ext");
        DataType type;
        if (!nsp.equals("pg_catalog") && !extensionOwned && !kind.equals("b") && !kind.equals("p")) {
            // Declared in the schema (enum, domain, composite, range): the model refers to it by name.
            type = DataType.userDefined(QualifiedName.of(nsp, name));
        } else {
            type = builtIn(nsp, formatted);
        }
        return array ? type.asArray(Math.max(1, dimensions)) : type;
    }

    /**
     * A built-in or extension type from its {@code format_type} text. Extension types keep their
     * bare name when they live in {@code public} (the usual search path), else their schema too,
     * so the rendered DDL names the same type.
     */
    static DataType builtIn(String nsp, String formatted) {
        Matcher m = FORMATTED.matcher(formatted.strip());
        if (!m.matches()) {
            return DataType.of(formatted);
        }
        String name = (m.group(1).strip() + " " + m.group(3).strip()).strip();
        if (!nsp.equals("pg_catalog")) {
            String prefix = nsp + ".";
            if (nsp.equals("public") && name.startsWith(prefix)) {
                name = name.substring(prefix.length());
            }
        }
        List<String> args = new ArrayList<>();
        if (m.group(2) != null) {
            for (String arg : m.group(2).split(",")) {
                args.add(arg.strip());
            }
        }
        return new DataType(DataTypes.canonicalName(name), args, 0, null);
    }
}

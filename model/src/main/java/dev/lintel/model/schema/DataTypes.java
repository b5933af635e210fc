package dev.lintel.model.schema;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Canonical names of built-in types and the families lint and diff reason about.
 * Aliases from PostgreSQL, H2 and MySQL map onto one name each.
 */
public final class DataTypes {
    private DataTypes() {
    }

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("mediumint", "integer"), Map.entry("signed", "integer"),
            Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"), Map.entry("tinyint", "tinyint"),
            Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
            Map.entry("serial", "serial"), Map.entry("serial4", "serial"),
            Map.entry("bigserial", "bigserial"), Map.entry("serial8", "bigserial"),
            Map.entry("smallserial", "smallserial"), Map.entry("serial2", "smallserial"),
            Map.entry("varchar", "varchar"), Map.entry("character varying", "varchar"),
            Map.entry("varchar2", "varchar"), Map.entry("nvarchar", "varchar"), Map.entry("varchar_ignorecase", "varchar_ignorecase"),
            Map.entry("char", "char"), Map.entry("character", "char"), Map.entry("bpchar", "char"), Map.entry("nchar", "char"),
            Map.entry("text", "text"), Map.entry("tinytext", "text"), Map.entry("mediumtext", "text"), Map.entry("longtext", "text"),
            Map.entry("clob", "clob"), Map.entry("character large object", "clob"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"), Map.entry("bit", "bit"),
            Map.entry("varbit", "bit varying"), Map.entry("bit varying", "bit varying"),
            Map.entry("float4", "real"), Map.entry("real", "real"),
            Map.entry("float8", "double precision"), Map.entry("double precision", "double precision"),
            Map.entry("double", "double precision"), Map.entry("float", "float"),
            Map.entry("numeric", "numeric"), Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"),
            Map.entry("money", "money"),
            Map.entry("timestamp", "timestamp"), Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("datetime", "timestamp"),
            Map.entry("timestamptz", "timestamptz"), Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("time", "time"), Map.entry("time without time zone", "time"),
            Map.entry("timetz", "timetz"), Map.entry("time with time zone", "timetz"),
            Map.entry("date", "date"), Map.entry("interval", "interval"),
            Map.entry("bytea", "bytea"), Map.entry("blob", "blob"), Map.entry("binary large object", "blob"),
            Map.entry("longblob", "blob"), Map.entry("mediumblob", "blob"), Map.entry("tinyblob", "blob"),
            Map.entry("binary", "binary"), Map.entry("varbinary", "varbinary"), Map.entry("binary varying", "varbinary"),
            Map.entry("uuid", "uuid"), Map.entry("json", "json"), Map.entry("jsonb", "jsonb"), Map.entry("xml", "xml"),
            Map.entry("inet", "inet"), Map.entry("cidr", "cidr"), Map.entry("macaddr", "macaddr"),
            Map.entry("tsvector", "tsvector"), Map.entry("tsquery", "tsquery"), Map.entry("oid", "oid"));

    private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint", "tinyint",
            "serial", "bigserial", "smallserial");
    private static final Set<String> TEXTS = Set.of("varchar", "char", "text", "clob", "varchar_ignorecase", "citext");
    private static final Set<String> FLOATS = Set.of("real", "double precision", "float");
    private static final Set<String> TIMESTAMPS = Set.of("timestamp", "timestamptz");

    /** The canonical name of a built-in type spelled any known way; unknown names are lower-cased. */
    public static String canonicalName(String spelled) {
        String key = spelled.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (key.startsWith("pg_catalog.")) {
            key = key.substring("pg_catalog.".length());
        }
        return ALIASES.getOrDefault(key, key);
    }

    public static boolean isKnownBuiltIn(String canonical) {
        return ALIASES.containsValue(canonical);
    }

    public static boolean isInteger(DataType t) {
        return !t.isArray() && INTEGERS.contains(t.name());
    }

    public static boolean isText(DataType t) {
        return !t.isArray() && TEXTS.contains(t.name());
    }

    public static boolean isFloat(DataType t) {
        return !t.isArray() && FLOATS.contains(t.name());
    }

    public static boolean isTimestamp(DataType t) {
        return !t.isArray() && TIMESTAMPS.contains(t.name());
    }

    public static boolean isBoolean(DataType t) {
        return !t.isArray() && t.name().equals("boolean");
    }

    public static boolean isJson(DataType t) {
        return !t.isArray() && (t.name().equals("json") || t.name().equals("jsonb"));
    }
}

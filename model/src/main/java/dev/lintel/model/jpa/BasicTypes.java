package dev.lintel.model.jpa;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.DataType;
import java.util.Map;

/**
 * Java attribute types to the SQL types Hibernate 7 creates for them (its dialect's
 * {@code columnType}), with the size it orders columns by. Only types that need no class path:
 * primitives, their wrappers, {@code String}, {@code java.math}, {@code java.time}, {@code java.util}
 * dates, {@code UUID}, {@code byte[]}.
 */
final class BasicTypes {
    /** {@code (log 10 / log 2) * 8}: Hibernate's decimal digits to bytes quotient. */
    private static final double DECIMAL_TO_BYTES = Math.log(10) / Math.log(2) * 8;

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("String", "string"), Map.entry("java.lang.String", "string"),
            Map.entry("int", "integer"), Map.entry("Integer", "integer"), Map.entry("java.lang.Integer", "integer"),
            Map.entry("long", "bigint"), Map.entry("Long", "bigint"), Map.entry("java.lang.Long", "bigint"),
            Map.entry("short", "smallint"), Map.entry("Short", "smallint"), Map.entry("java.lang.Short", "smallint"),
            Map.entry("byte", "tinyint"), Map.entry("Byte", "tinyint"), Map.entry("java.lang.Byte", "tinyint"),
            Map.entry("boolean", "boolean"), Map.entry("Boolean", "boolean"), Map.entry("java.lang.Boolean", "boolean"),
            Map.entry("double", "double"), Map.entry("Double", "double"), Map.entry("java.lang.Double", "double"),
            Map.entry("float", "float"), Map.entry("Float", "float"), Map.entry("java.lang.Float", "float"),
            Map.entry("char", "char"), Map.entry("Character", "char"), Map.entry("java.lang.Character", "char"),
            Map.entry("BigDecimal", "decimal"), Map.entry("java.math.BigDecimal", "decimal"),
            Map.entry("BigInteger", "biginteger"), Map.entry("java.math.BigInteger", "biginteger"),
            Map.entry("LocalDate", "date"), Map.entry("java.time.LocalDate", "date"),
            Map.entry("LocalTime", "time"), Map.entry("java.time.LocalTime", "time"),
            Map.entry("LocalDateTime", "timestamp"), Map.entry("java.time.LocalDateTime", "timestamp"),
            Map.entry("Instant", "timestamptz"), Map.entry("java.time.Instant", "timestamptz"),
            Map.entry("OffsetDateTime", "timestamptz"), Map.entry("java.time.OffsetDateTime", "timestamptz"),
            Map.entry("ZonedDateTime", "timestamptz"), Map.entry("java.time.ZonedDateTime", "timestamptz"),
            Map.entry("Duration", "interval"), Map.entry("java.time.Duration", "interval"),
            Map.entry("Year", "integer"), Map.entry("java.time.Year", "integer"),
            Map.entry("UUID", "uuid"), Map.entry("java.util.UUID", "uuid"),
            Map.entry("byte[]", "binary"), Map.entry("Byte[]", "binary"),
            Map.entry("Date", "utildate"), Map.entry("java.util.Date", "utildate"),
            Map.entry("Calendar", "utildate"), Map.entry("java.util.Calendar", "utildate"),
            Map.entry("java.sql.Date", "date"), Map.entry("java.sql.Time", "time"),
            Map.entry("Timestamp", "timestamp"), Map.entry("java.sql.Timestamp", "timestamp"));

    private BasicTypes() {
    }

    /** The kind of a basic Java type ({@code string}, {@code bigint} ...), or null when it is not one. */
    static String kindOf(String typeName, JavaClass context) {
        if (typeName.equals("Date") || typeName.equals("Time")) {
            String imported = SourceSet.importedName(typeName, context);
            if (imported != null) {
                return KINDS.get(imported);
            }
        }
        return KINDS.get(typeName);
    }

    /**
     * @param length the declared length ({@code @Column(length)} or {@code @Size(max)}), or -1 for the default 255
     * @param precision {@code @Column(precision)}, 0 when not given
     * @param temporal {@code @Temporal} value for java.util dates, or null
     */
    static ColumnType of(String kind, Dialect dialect, long length, int precision, int scale, boolean lob, String temporal) {
        boolean pg = dialect != Dialect.H2;
        return switch (kind) {
            case "string" -> lob ? new ColumnType(DataType.of(pg ? "oid" : "clob"), ColumnType.UNBOUNDED)
                    : varchar(dialect, length);
            case "integer" -> new ColumnType(DataType.of("integer"), 4);
            case "bigint" -> new ColumnType(DataType.of("bigint"), 8);
            case "smallint" -> new ColumnType(DataType.of("smallint"), 2);
            case "tinyint" -> new ColumnType(DataType.of(pg ? "smallint" : "tinyint"), 1);
            case "boolean" -> new ColumnType(DataType.of("boolean"), 1);
            case "double" -> new ColumnType(DataType.of("double precision"), (long) Math.ceil(53 / DECIMAL_TO_BYTES));
            case "float" -> new ColumnType(DataType.of("real"), (long) Math.ceil(24 / DECIMAL_TO_BYTES));
            case "char" -> new ColumnType(DataType.of("char", "1"), 1);
            case "decimal" -> numeric(precision > 0 ? precision : 38, precision > 0 ? scale : 2);
            case "biginteger" -> numeric(precision > 0 ? precision : 38, 0);
            case "date" -> new ColumnType(DataType.of("date"), 4);
            case "time" -> new ColumnType(DataType.of("time", "0"), 4); // Hibernate 6: time(6), see asHibernate6
            case "timestamp" -> new ColumnType(DataType.of("timestamp", "6"), 8);
            case "timestamptz" -> new ColumnType(DataType.of("timestamptz", "6"), 8);
            case "interval" -> numeric(21, 0); // Duration as nanoseconds: Hibernate's default preferred_duration_jdbc_type
            case "uuid" -> new ColumnType(DataType.of("uuid"), 16);
            case "binary" -> lob ? new ColumnType(DataType.of(pg ? "oid" : "blob"), ColumnType.UNBOUNDED)
                    : new ColumnType(pg ? DataType.of("bytea") : DataType.of("varbinary", String.valueOf(length > 0 ? length : 255)),
                    length > 0 ? length : pg ? ColumnType.UNBOUNDED : 1_000_000_000L); // getMaxVarbinaryLength
            case "utildate" -> of(temporal == null || temporal.equals("TIMESTAMP") ? "timestamp"
                    : temporal.equals("DATE") ? "date" : "time", dialect, length, precision, scale, lob, null);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static ColumnType varchar(Dialect dialect, long length) {
        long n = length > 0 ? length : 255;
        long size = length > 0 ? length : dialect == Dialect.H2 ? 1_000_000_000L : 10_485_760L; // getMaxVarcharLength
        return new ColumnType(DataType.of("varchar", String.valueOf(n)), size);
    }

    static ColumnType numeric(int precision, int scale) {
        return new ColumnType(DataType.of("numeric", String.valueOf(precision), String.valueOf(scale)),
                (long) Math.ceil(precision / DECIMAL_TO_BYTES));
    }

    /** ORDINAL enums are a TINYINT: {@code smallint} in PostgreSQL. */
    static ColumnType ordinalEnum(Dialect dialect) {
        return of("tinyint", dialect, -1, 0, 0, false, null);
    }

    /** Hibernate 6 gave {@code time} the timestamp precision (6); 7 gives it 0. */
    static ColumnType asHibernate6(ColumnType t) {
        return t.type().equals(DataType.of("time", "0")) ? new ColumnType(DataType.of("time", "6"), t.size()) : t;
    }
}

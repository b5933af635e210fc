package dev.lintel.model.introspect;

import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.DataTypes;
import java.util.List;
import java.util.Locale;

/**
 * An H2 INFORMATION_SCHEMA column type as a canonical {@link DataType}. H2 reports a length or
 * precision even when none was declared (its maximum, or the type's default): those are left out
 * so that {@code VARCHAR} stays {@code varchar} and {@code TIMESTAMP} stays {@code timestamp}.
 */
final class H2Types {
    /** H2 2.x's maximum character/binary length: what an undeclared length reports. */
    private static final long MAX_LENGTH = 1_000_000_000L;

    private H2Types() {
    }

    static DataType of(String dataType, Number length, Number precision, Number scale, Number datetimePrecision) {
        String name = DataTypes.canonicalName(dataType.toLowerCase(Locale.ROOT));
        List<String> args = switch (name) {
            case "varchar", "char", "varbinary", "binary", "varchar_ignorecase" ->
                    length == null || length.longValue() >= MAX_LENGTH ? List.of() : List.of(length.toString());
            case "numeric" -> precision == null ? List.of()
                    : scale == null || scale.intValue() == 0 ? List.of(precision.toString())
                    : List.of(precision.toString(), scale.toString());
            case "timestamp", "timestamptz" -> datetimePrecision == null || datetimePrecision.intValue() == 6
                    ? List.of() : List.of(datetimePrecision.toString());
            case "time", "timetz" -> datetimePrecision == null || datetimePrecision.intValue() == 0
                    ? List.of() : List.of(datetimePrecision.toString());
            default -> List.of();
        };
        return new DataType(name, args, 0, null);
    }

    /**
     * An identity column's sequence options, non-defaults only, in the order a script writes them
     * ({@code START WITH 100 INCREMENT BY 5}); null when all are H2's defaults (start and minimum
     * 1 counting up, maximum the type's, cache 32, no cycle).
     */
    static String identityOptions(java.sql.ResultSet row, DataType type) throws java.sql.SQLException {
        long start = row.getLong("IDENTITY_START");
        long increment = row.getLong("IDENTITY_INCREMENT");
        long min = row.getLong("IDENTITY_MINIMUM");
        long max = row.getLong("IDENTITY_MAXIMUM");
        long typeMax = switch (type.name()) {
            case "tinyint" -> Byte.MAX_VALUE;
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
        long typeMin = -typeMax - 1;
        boolean up = increment > 0;
        List<String> options = new java.util.ArrayList<>();
        if (start != (up ? min : max)) {
            options.add("START WITH " + start);
        }
        if (increment != 1) {
            options.add("INCREMENT BY " + increment);
        }
        if (min != (up ? 1 : typeMin)) {
            options.add("MINVALUE " + min);
        }
        if (max != (up ? typeMax : -1)) {
            options.add("MAXVALUE " + max);
        }
        if ("YES".equals(row.getString("IDENTITY_CYCLE"))) {
            options.add("CYCLE");
        }
        long cache = row.getLong("IDENTITY_CACHE");
        if (cache != 32 && cache != 0) {
            options.add("CACHE " + cache);
        }
        return options.isEmpty() ? null : String.join(" ", options);
    }
}

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
}

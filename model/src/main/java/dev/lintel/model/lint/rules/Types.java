package dev.lintel.model.lint.rules;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.DataTypes;
import java.util.Map;

/** Type comparisons the rules share: serial pseudo-types as their integers, integer widths, text capacity. */
final class Types {
    private Types() {
    }

    private static final Map<String, Integer> INT_BYTES = Map.of("tinyint", 1, "smallint", 2, "smallserial", 2,
            "integer", 4, "serial", 4, "bigint", 8, "bigserial", 8);

    /** The column's type with serial pseudo-types spelled as the integer they are. */
    static DataType effective(Column c) {
        DataType t = c.type();
        String base = switch (c.serial()) {
            case SMALLSERIAL -> "smallint";
            case SERIAL -> "integer";
            case BIGSERIAL -> "bigint";
            case NONE -> switch (t.name()) {
                case "smallserial" -> "smallint";
                case "serial" -> "integer";
                case "bigserial" -> "bigint";
                default -> null;
            };
        };
        return base == null ? t : new DataType(base, t.args(), t.arrayDimensions(), t.userType());
    }

    /** Bytes of an integer type, or -1 when it is not one. */
    static int intBytes(DataType t) {
        return t.isArray() ? -1 : INT_BYTES.getOrDefault(t.name(), -1);
    }

    static boolean isString(DataType t) {
        return !t.isArray() && (t.name().equals("varchar") || t.name().equals("text") || t.name().equals("char"));
    }

    /** Longest value a string type holds; {@code Integer.MAX_VALUE} when unbounded. */
    static int stringCapacity(DataType t) {
        if (t.name().equals("text")) {
            return Integer.MAX_VALUE;
        }
        int n = t.length();
        if (n < 0) {
            return t.name().equals("char") ? 1 : Integer.MAX_VALUE;
        }
        return n;
    }

    static boolean isTextual(DataType t) {
        return DataTypes.isText(t);
    }
}

package dev.lintel.model.schema;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A column or domain type: a canonical base name, its modifiers and array dimensions.
 *
 * <p>Built-in names are canonical and dialect-neutral (see {@link DataTypes#canonicalName}):
 * {@code integer}, {@code bigint}, {@code varchar}, {@code timestamptz}, {@code numeric} ...
 * so that lint and diff compare types, not spellings. User-defined types (enums, domains)
 * keep their qualified name in {@code userType} and {@code name} holds its last part.
 * {@code args} are the modifiers as written ({@code ["10", "2"]} for {@code numeric(10,2)}).
 */
public record DataType(String name, List<String> args, int arrayDimensions, QualifiedName userType) {
    public DataType {
        Objects.requireNonNull(name, "name");
        args = Lists.copy(args);
        if (arrayDimensions < 0) {
            throw new IllegalArgumentException("arrayDimensions < 0");
        }
    }

    public static DataType of(String name, String... args) {
        return new DataType(name.toLowerCase(Locale.ROOT), List.of(args), 0, null);
    }

    public static DataType userDefined(QualifiedName type) {
        return new DataType(type.name(), List.of(), 0, type);
    }

    public DataType asArray(int dimensions) {
        return new DataType(name, args, dimensions, userType);
    }

    public DataType withArgs(List<String> newArgs) {
        return new DataType(name, newArgs, arrayDimensions, userType);
    }

    public boolean isArray() {
        return arrayDimensions > 0;
    }

    public boolean isUserDefined() {
        return userType != null;
    }

    /** The first modifier as a number, e.g. the length of {@code varchar(255)}; -1 when absent. */
    public int length() {
        if (args.isEmpty()) {
            return -1;
        }
        try {
            return Integer.parseInt(args.get(0).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Readable, dialect-neutral spelling for messages, e.g. {@code varchar(255)[]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(userType != null ? userType.toString() : name);
        if (!args.isEmpty()) {
            sb.append('(').append(String.join(",", args)).append(')');
        }
        sb.append("[]".repeat(arrayDimensions));
        return sb.toString();
    }
}

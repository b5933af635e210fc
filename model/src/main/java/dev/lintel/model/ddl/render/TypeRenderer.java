package dev.lintel.model.ddl.render;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.Domain;
import dev.lintel.model.schema.EnumType;
import java.util.List;
import java.util.Locale;

/**
 * Spells a canonical {@link DataType} in the target dialect. Types the target lacks are mapped
 * to the nearest equivalent with a note; names it does not know are written as they are.
 */
final class TypeRenderer {
    /** PostgreSQL range and geometric types: no H2 counterpart, their text form fits a VARCHAR. */
    private static final java.util.Set<String> POSTGRES_ONLY = java.util.Set.of("int4range", "int8range", "numrange",
            "tsrange", "tstzrange", "daterange", "int4multirange", "point", "line", "lseg", "box", "path", "polygon", "circle");

    private final RenderContext ctx;

    TypeRenderer(RenderContext ctx) {
        this.ctx = ctx;
    }

    String render(DataType type, List<String> notes, String subject) {
        String base = type.isUserDefined() ? userType(type, notes, subject) : builtIn(type, notes, subject);
        if (!type.isArray()) {
            return base;
        }
        return switch (ctx.target()) {
            case POSTGRES -> base + "[]".repeat(type.arrayDimensions());
            case H2 -> base + " ARRAY".repeat(type.arrayDimensions());
            case MYSQL -> {
                ctx.limitation(notes, "MySQL has no array types; " + subject + " is json", subject);
                yield "json";
            }
        };
    }

    /** The longest value of a MySQL {@code enum('a','b')} type, for the varchar it becomes elsewhere. */
    static int longestEnumLiteral(DataType mysqlEnum) {
        return mysqlEnum.args().stream().mapToInt(a -> unquote(a).length()).max().orElse(1);
    }

    static String unquote(String literal) {
        String s = literal.strip();
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            return s.substring(1, s.length() - 1).replace("''", "'");
        }
        return s;
    }

    private String userType(DataType type, List<String> notes, String subject) {
        EnumType enumType = ctx.enumType(type.userType());
        Domain domain = ctx.domain(type.userType());
        if (ctx.is(Dialect.POSTGRES) || domain != null && ctx.is(Dialect.H2)) {
            return ctx.qualified(type.userType());
        }
        if (enumType != null) {
            // H2 and MySQL have no named enum types: the values go into the column type itself.
            String values = SqlText.join(enumType.values(), ctx::literal);
            return (ctx.is(Dialect.H2) ? "ENUM(" : "enum(") + values + ")";
        }
        if (domain != null) {
            ctx.limitation(notes, "MySQL has no domains; " + subject + " uses the base type of " + domain.name()
                    + " without its constraints", subject);
            return render(domain.baseType(), notes, subject);
        }
        ctx.limitation(notes, ctx.dialectName() + " does not know type " + type.userType() + " used by " + subject
                + "; written as is", subject);
        return ctx.qualified(type.userType());
    }

    private String builtIn(DataType type, List<String> notes, String subject) {
        return switch (ctx.target()) {
            case POSTGRES -> postgres(type, notes, subject);
            case H2 -> h2(type, notes, subject);
            case MYSQL -> mysql(type, notes, subject);
        };
    }

    private String postgres(DataType t, List<String> notes, String subject) {
        return switch (t.name()) {
            case "timestamptz" -> "timestamp" + args(t) + " with time zone";
            case "timetz" -> "time" + args(t) + " with time zone";
            case "tinyint" -> "smallint";
            case "clob" -> "text";
            case "blob", "binary", "varbinary" -> "bytea";
            case "float" -> t.args().isEmpty() ? "double precision" : "float" + args(t);
            case "varchar_ignorecase" -> {
                ctx.limitation(notes, "PostgreSQL has no case-insensitive varchar without citext; " + subject
                        + " is varchar", subject);
                yield "varchar" + args(t);
            }
            // Only the type here: ColumnRenderer adds the CHECK that keeps the values.
            case "enum" -> "varchar(" + longestEnumLiteral(t) + ")";
            default -> t.name() + args(t);
        };
    }

    private String h2(DataType t, List<String> notes, String subject) {
        return switch (t.name()) {
            case "integer", "serial" -> "INTEGER";
            case "bigint", "bigserial" -> "BIGINT";
            case "smallint", "smallserial" -> "SMALLINT";
            case "tinyint" -> "TINYINT";
            // text is unbounded VARCHAR, not CLOB: PostgreSQL text columns are keyed and indexed, CLOBs cannot be.
            case "varchar", "text" -> "VARCHAR" + args(t);
            case "varchar_ignorecase", "citext" -> "VARCHAR_IGNORECASE" + args(t);
            case "char" -> "CHAR" + args(t);
            case "clob" -> "CLOB";
            case "numeric" -> "NUMERIC" + args(t);
            case "boolean" -> "BOOLEAN";
            case "bit" -> t.args().isEmpty() || t.args().equals(List.of("1")) ? "BOOLEAN" : "BINARY" + args(t);
            case "bit varying" -> "VARBINARY" + args(t);
            case "real" -> "REAL";
            case "double precision" -> "DOUBLE PRECISION";
            case "float" -> "FLOAT" + args(t);
            case "timestamp" -> "TIMESTAMP" + args(t);
            case "timestamptz" -> "TIMESTAMP" + args(t) + " WITH TIME ZONE";
            case "time" -> "TIME" + args(t);
            case "timetz" -> "TIME" + args(t) + " WITH TIME ZONE";
            case "date" -> "DATE";
            case "bytea", "varbinary", "binary varying" -> "VARBINARY" + args(t);
            case "blob" -> "BLOB";
            case "binary" -> "BINARY" + args(t);
            case "uuid" -> "UUID";
            case "json", "jsonb" -> "JSON";
            case "enum" -> "ENUM(" + String.join(", ", t.args()) + ")";
            case "interval" -> mapped(notes, subject, t, "INTERVAL DAY TO SECOND");
            case "money" -> mapped(notes, subject, t, "NUMERIC(19,2)");
            case "xml" -> mapped(notes, subject, t, "CLOB");
            case "inet", "cidr" -> mapped(notes, subject, t, "VARCHAR(43)");
            case "macaddr" -> mapped(notes, subject, t, "VARCHAR(17)");
            case "tsvector", "tsquery", "hstore", "ltree" -> mapped(notes, subject, t, "VARCHAR");
            default -> POSTGRES_ONLY.contains(t.name()) ? mapped(notes, subject, t, "VARCHAR")
                    : unknown(t, notes, subject).toUpperCase(Locale.ROOT);
        };
    }

    private String mysql(DataType t, List<String> notes, String subject) {
        return switch (t.name()) {
            case "integer", "serial" -> "int";
            case "bigint", "bigserial" -> "bigint";
            case "smallint", "smallserial" -> "smallint";
            case "tinyint" -> "tinyint";
            case "varchar", "varchar_ignorecase", "citext" -> t.args().isEmpty() ? "text" : "varchar" + args(t);
            case "char" -> "char" + args(t);
            case "text", "clob" -> "longtext";
            case "numeric" -> "decimal" + args(t);
            case "boolean" -> "boolean";
            case "bit" -> "bit" + args(t);
            case "real" -> "float";
            case "double precision" -> "double";
            case "float" -> "float" + args(t);
            case "timestamp" -> "datetime" + args(t);
            // MySQL timestamp is stored in UTC and converted to the session zone: the nearest to timestamptz.
            case "timestamptz" -> "timestamp" + args(t);
            case "time" -> "time" + args(t);
            case "date" -> "date";
            case "bytea", "blob" -> "longblob";
            case "binary" -> "binary" + args(t);
            case "varbinary", "binary varying" -> "varbinary" + args(t);
            case "json", "jsonb" -> "json";
            case "enum" -> "enum(" + String.join(", ", t.args()) + ")";
            case "uuid" -> mapped(notes, subject, t, "char(36)");
            case "timetz" -> mapped(notes, subject, t, "time" + args(t));
            case "interval" -> mapped(notes, subject, t, "varchar(64)");
            case "money" -> mapped(notes, subject, t, "decimal(19,2)");
            case "xml" -> mapped(notes, subject, t, "longtext");
            case "inet", "cidr" -> mapped(notes, subject, t, "varchar(43)");
            case "macaddr" -> mapped(notes, subject, t, "varchar(17)");
            default -> unknown(t, notes, subject);
        };
    }

    private String mapped(List<String> notes, String subject, DataType from, String to) {
        ctx.limitation(notes, ctx.dialectName() + " has no " + from.name() + " type; " + subject + " is " + to, subject);
        return to;
    }

    private String unknown(DataType t, List<String> notes, String subject) {
        ctx.limitation(notes, ctx.dialectName() + " does not know type " + t.name() + " used by " + subject
                + "; written as is", subject);
        return t.name() + args(t);
    }

    private static String args(DataType t) {
        return t.args().isEmpty() ? "" : "(" + String.join(",", t.args()) + ")";
    }
}

package dev.lintel.model.edit;

import dev.lintel.model.ddl.parse.ExpressionSyntax;
import dev.lintel.model.ddl.parse.TypeSyntax;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.DataTypes;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks what the user types into a field before an edit is made: each method returns the
 * messages to show at the field, empty when the value is fine. Edits are only made from valid
 * values, so a design never holds a name the database would reject or silently change.
 */
public final class Validation {
    // Stricter than what quoting allows, on purpose: a designed schema should not need quotes.
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    /** Types that are not in the canonical list but that PostgreSQL ships or common extensions add. */
    private static final Set<String> OTHER_KNOWN_TYPES = Set.of("int4range", "int8range", "numrange", "tsrange",
            "tstzrange", "daterange", "citext", "hstore", "ltree", "geometry", "geography", "point", "line", "lseg",
            "box", "path", "polygon", "circle", "regclass", "pg_lsn", "txid_snapshot", "bit", "year", "enum", "set");

    private Validation() {
    }

    /** A name that is empty, has spaces or odd characters, or that the dialect would truncate. */
    public static List<String> identifier(String name, Dialect dialect) {
        List<String> messages = new ArrayList<>();
        if (name == null || name.isBlank()) {
            messages.add("A name is required");
        } else if (!name.equals(name.strip())) {
            messages.add("Remove the spaces around the name");
        } else if (!PLAIN.matcher(name).matches()) {
            messages.add("Use letters, digits and _ only, starting with a letter or _");
        } else if (dialect.isTooLong(name)) {
            messages.add("Longer than " + dialect.name().toLowerCase(Locale.ROOT) + " keeps: it would become "
                    + dialect.truncate(name));
        }
        return messages;
    }

    /** A new name for a table ({@code current}, or null for a new table): valid and not taken in its schema. */
    public static List<String> tableName(Schema schema, QualifiedName candidate, QualifiedName current, Dialect dialect) {
        List<String> messages = identifier(candidate.name(), dialect);
        if (messages.isEmpty() && !candidate.equals(current)
                && (schema.table(candidate).isPresent() || schema.view(candidate).isPresent())) {
            messages.add("There is already a table or view " + candidate);
        }
        return messages;
    }

    /** A schema (namespace) name, or blank for none. */
    public static List<String> schemaName(String name, Dialect dialect) {
        return name == null || name.isEmpty() ? List.of() : identifier(name, dialect);
    }

    /** A new name for a column ({@code current}, or null for a new column): valid and unique in its table. */
    public static List<String> columnName(Table table, String candidate, String current, Dialect dialect) {
        List<String> messages = identifier(candidate, dialect);
        if (messages.isEmpty() && !candidate.equals(current) && table.hasColumn(candidate)) {
            messages.add("Table " + table.name().name() + " already has a column " + candidate);
        }
        return messages;
    }

    /**
     * A column type as written: {@code error} is set when it is not one type (the edit must wait);
     * {@code warning} when it parses but is neither built in nor declared in the schema (a typo, or an
     * extension's type: the edit may go ahead).
     */
    public record TypeCheck(DataType type, String error, String warning) {
        public boolean valid() {
            return error == null;
        }

        public List<String> messages() {
            List<String> out = new ArrayList<>();
            if (error != null) {
                out.add(error);
            }
            if (warning != null) {
                out.add(warning);
            }
            return out;
        }
    }

    public static TypeCheck dataType(String text, Dialect dialect, Schema schema) {
        TypeSyntax.Result parsed = TypeSyntax.parse(text, dialect, schema);
        if (parsed.type() == null) {
            return new TypeCheck(null, parsed.error(), null);
        }
        DataType type = parsed.type();
        if (type.isArray() && dialect == Dialect.MYSQL) {
            return new TypeCheck(null, "MySQL has no array types", null);
        }
        boolean known = type.isUserDefined() || DataTypes.isKnownBuiltIn(type.name())
                || OTHER_KNOWN_TYPES.contains(type.name());
        return new TypeCheck(type, null, known ? null : "Unknown type " + type.name() + ": not built in, and no enum or domain of that name");
    }

    /** One SQL expression (a CHECK, an index predicate): unclosed quotes or parentheses, a dangling operator. */
    public static List<String> expression(String text, Dialect dialect) {
        String error = ExpressionSyntax.expressionError(text, dialect);
        return error == null ? List.of() : List.of(error);
    }

    /**
     * A comma-separated list of {@code table}'s columns ({@code a, b}); blank is fine unless
     * {@code required}. Names that are not columns of the table, or that repeat, are reported.
     */
    public static List<String> columnList(Table table, String text, Dialect dialect, boolean required) {
        ExpressionSyntax.Names names = ExpressionSyntax.names(text, dialect);
        if (names.error() != null) {
            return List.of(names.error());
        }
        if (required && names.names().isEmpty()) {
            return List.of("At least one column is required");
        }
        return columnsOf(table, names.names());
    }

    /** An index's keys: columns of {@code table} or expressions ({@code a, lower(b), (c + d) DESC}). */
    public static List<String> indexKeys(Table table, String text, Dialect dialect) {
        ExpressionSyntax.Keys keys = ExpressionSyntax.indexKeys(text, dialect);
        if (keys.error() != null) {
            return List.of(keys.error());
        }
        return columnsOf(table, keys.keys().stream().filter(IndexKey::isColumn).map(IndexKey::column).toList());
    }

    /** A new index name ({@code current}: the index being edited, or null): valid and not another index or constraint of the table. */
    public static List<String> indexName(Table table, String candidate, String current, Dialect dialect) {
        List<String> messages = identifier(candidate, dialect);
        if (messages.isEmpty() && !candidate.equals(current)
                && (table.indexes().stream().anyMatch(i -> i.name().equals(candidate))
                || table.constraints().stream().anyMatch(c -> candidate.equals(c.name())))) {
            messages.add("Table " + table.name().name() + " already has an index or constraint " + candidate);
        }
        return messages;
    }

    /** A new constraint's name: valid and free in its table; blank means "name it for me". */
    public static List<String> constraintName(Table table, String candidate, Dialect dialect) {
        if (candidate == null || candidate.isEmpty()) {
            return List.of();
        }
        return indexName(table, candidate, null, dialect);
    }

    private static List<String> columnsOf(Table table, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (!table.hasColumn(names.get(i))) {
                return List.of("Table " + table.name().name() + " has no column " + names.get(i));
            }
            if (names.subList(0, i).contains(names.get(i))) {
                return List.of("Column " + names.get(i) + " is listed twice");
            }
        }
        return List.of();
    }
}

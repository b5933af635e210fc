package dev.lintel.app.inspector;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the column type field suggests as the user types: the dialect's common types, then the
 * schema's enum and domain names. Parameterised types are offered with placeholder sizes the
 * user overwrites ({@code varchar(255)}, {@code numeric(12,2)}).
 */
final class TypeSuggestions {
    private static final List<String> POSTGRES = List.of("integer", "bigint", "smallint", "serial", "bigserial", "text",
            "varchar(255)", "char(1)", "numeric(12,2)", "real", "double precision", "boolean", "timestamptz", "timestamp",
            "date", "time", "interval", "uuid", "jsonb", "json", "bytea", "inet", "citext", "text[]", "integer[]");
    private static final List<String> H2 = List.of("integer", "bigint", "smallint", "varchar(255)", "char(1)",
            "numeric(12,2)", "real", "double precision", "boolean", "timestamp with time zone", "timestamp", "date",
            "time", "uuid", "json", "binary varying(255)", "clob", "blob");
    private static final List<String> MYSQL = List.of("int", "bigint", "smallint", "tinyint", "varchar(255)", "char(1)",
            "text", "decimal(12,2)", "float", "double", "boolean", "datetime", "timestamp", "date", "time", "json",
            "blob", "binary(16)");
    private static final int LIMIT = 40;

    private TypeSuggestions() {
    }

    /** Suggestions starting with what is typed (case-insensitive), common types first; all of them for blank. */
    static List<String> forPrefix(String typed, Dialect dialect, Schema schema) {
        Set<String> all = new LinkedHashSet<>(switch (dialect) {
            case MYSQL -> MYSQL;
            case H2 -> H2;
            default -> POSTGRES;
        });
        schema.enums().forEach(e -> all.add(written(e.name())));
        schema.domains().forEach(d -> all.add(written(d.name())));
        String prefix = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String s : all) {
            if (out.size() < LIMIT && s.toLowerCase(Locale.ROOT).startsWith(prefix) && !s.equalsIgnoreCase(prefix)) {
                out.add(s);
            }
        }
        return out;
    }

    // Types in the default schema are written bare, as a user would type them.
    private static String written(QualifiedName name) {
        return name.schema() == null || name.schema().equalsIgnoreCase("public") ? name.name() : name.toString();
    }
}

package dev.lintel.model.jpa;

import dev.lintel.model.dialect.Dialect;
import java.util.Locale;

/**
 * Logical names (what the mapping says or JPA derives) to physical names (what Hibernate writes
 * into the DDL) to the names the database stores (folded by the dialect, as the model wants).
 * Hibernate's own identifiers, before folding, are what its hashed constraint names are made of.
 */
record Naming(JpaNaming strategy, Dialect dialect) {

    /** The physical identifier Hibernate would write for a logical name. */
    String physical(String logical) {
        if (isQuoted(logical)) {
            return logical;
        }
        if (strategy == JpaNaming.JPA) {
            return logical;
        }
        // Spring Boot's CamelCaseToUnderscoresNamingStrategy
        StringBuilder b = new StringBuilder(logical.replace('.', '_'));
        for (int i = 1; i < b.length() - 1; i++) {
            char before = b.charAt(i - 1);
            char current = b.charAt(i);
            char after = b.charAt(i + 1);
            if ((Character.isLowerCase(before) || Character.isDigit(before)) && Character.isUpperCase(current)
                    && (Character.isLowerCase(after) || Character.isDigit(after))) {
                b.insert(i++, '_');
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** The name the database stores for a physical identifier. */
    String stored(String physical) {
        if (isQuoted(physical)) {
            return physical.substring(1, physical.length() - 1);
        }
        return dialect.fold(physical);
    }

    String storedFromLogical(String logical) {
        return stored(physical(logical));
    }

    static boolean isQuoted(String name) {
        return name.length() > 1 && (name.startsWith("`") && name.endsWith("`") || name.startsWith("\"") && name.endsWith("\""));
    }
}

package dev.lintel.model.diff;

import dev.lintel.model.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renames the caller confirms. Written as the CLI takes them: {@code customer.name=full_name}
 * renames a column of table {@code customer} (any schema; {@code sales.customer.name=full_name}
 * to pick one), {@code customer=client} renames a table. Names are compared as stored (folded).
 */
public record RenameHints(List<Hint> hints) {
    public RenameHints {
        hints = List.copyOf(hints);
    }

    /** One confirmed rename; {@code column} null for a table rename. {@code schema} null matches any schema. */
    public record Hint(String schema, String table, String column, String to) {
        public Hint {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(to, "to");
        }

        public boolean isColumn() {
            return column != null;
        }

        boolean matchesTable(QualifiedName name) {
            return table.equals(name.name()) && (schema == null || schema.equals(name.schema()));
        }
    }

    public static RenameHints none() {
        return new RenameHints(List.of());
    }

    /**
     * Parses {@code [schema.]table.column=new} and {@code [schema.]table=new} (a bare {@code a.b=c}
     * is a column rename). Throws {@link IllegalArgumentException} with the offending text otherwise.
     */
    public static RenameHints parse(List<String> texts) {
        List<Hint> out = new ArrayList<>();
        for (String text : texts) {
            int eq = text.indexOf('=');
            String to = eq < 0 ? "" : text.substring(eq + 1).strip();
            String[] parts = eq < 0 ? new String[0] : text.substring(0, eq).strip().split("\\.", -1);
            if (to.isEmpty() || parts.length == 0 || parts.length > 3 || List.of(parts).contains("")) {
                throw new IllegalArgumentException("rename hint '" + text + "' is not table.column=new_name or table=new_name");
            }
            out.add(switch (parts.length) {
                case 1 -> new Hint(null, parts[0], null, to);
                case 2 -> new Hint(null, parts[0], parts[1], to);
                default -> new Hint(parts[0], parts[1], parts[2], to);
            });
        }
        return new RenameHints(out);
    }

    boolean confirmsColumn(QualifiedName table, String from, String to) {
        return hints.stream().anyMatch(h -> h.isColumn() && h.matchesTable(table) && h.column().equals(from)
                && h.to().equals(to));
    }

    boolean confirmsTable(QualifiedName from, QualifiedName to) {
        return hints.stream().anyMatch(h -> !h.isColumn() && h.matchesTable(from) && h.to().equals(to.name())
                && Objects.equals(from.schema(), to.schema()));
    }
}

package dev.lintel.model.lint;

import dev.lintel.model.lint.fix.SchemaEdit;
import dev.lintel.model.schema.Schema;
import java.util.List;
import java.util.Objects;

/**
 * A proposed repair: a title for the user ("Add index on orders(user_id)") and the schema edits
 * that make it, applied in order. A value, so the migration planner can turn it into safe SQL.
 */
public record Fix(String title, List<SchemaEdit> edits) {
    public Fix {
        Objects.requireNonNull(title, "title");
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix edits something");
        }
    }

    public static Fix of(String title, SchemaEdit... edits) {
        return new Fix(title, List.of(edits));
    }

    public Schema apply(Schema schema) {
        Schema s = schema;
        for (SchemaEdit e : edits) {
            s = e.apply(s);
        }
        return s;
    }
}

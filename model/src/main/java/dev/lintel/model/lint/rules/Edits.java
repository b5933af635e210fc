package dev.lintel.model.lint.rules;

import dev.lintel.model.dialect.ConstraintNames;
import dev.lintel.model.dialect.Identifiers;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Helpers that name the objects fixes create the way PostgreSQL would, without clashing. */
final class Edits {
    private Edits() {
    }

    static String indexName(Table table, List<String> keyNames) {
        return ConstraintNames.uniquify(table.name().name(), Identifiers.columnsPart(keyNames), "idx", takenNames(table));
    }

    static String constraintName(Table table, List<String> columns, String label) {
        return ConstraintNames.uniquify(table.name().name(), Identifiers.columnsPart(columns), label, takenNames(table));
    }

    private static Set<String> takenNames(Table table) {
        Set<String> taken = new HashSet<>();
        for (Index i : table.indexes()) {
            taken.add(i.name());
        }
        for (Constraint c : table.constraints()) {
            taken.add(c.name());
        }
        return taken;
    }
}

package dev.lintel.model.lint;

import dev.lintel.model.lint.rules.*;
import java.util.List;
import java.util.Optional;

/** Every rule Lintel ships, in the order findings are listed. Adding a rule is adding a line here. */
public final class RuleRegistry {
    private RuleRegistry() {
    }

    private static final List<Rule> ALL = List.of(
            // keys and relationships
            new TableWithoutPrimaryKey(),
            new ForeignKeyWithoutIndex()
    );

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}

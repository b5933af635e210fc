package dev.lintel.model.migrate.review.rules;

import static dev.lintel.model.migrate.review.Statements.*;

import dev.lintel.model.lint.Severity;
import dev.lintel.model.migrate.lock.*;
import dev.lintel.model.migrate.review.*;
import dev.lintel.model.migrate.statement.AlterAction;
import dev.lintel.model.migrate.statement.AlterAction.Type;
import dev.lintel.model.migrate.statement.MigrationStatement;
import dev.lintel.model.migrate.statement.MigrationStatement.Flag;
import dev.lintel.model.migrate.statement.MigrationStatement.Kind;
import dev.lintel.model.schema.*;
import java.util.*;

/** mig-enum-value-removal: Removing or renaming an enum label breaks rows and code that use it. */
public final class EnumValueRemoval extends StatementRule {
    @Override
    public String id() {
        return "mig-enum-value-removal";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        if (is(s, Kind.ALTER_TYPE_RENAME_VALUE)) {
            out.report(s, "Renaming a label of " + s.statement().name() + " breaks code and data that use the old label.",
                    "Add the new label, migrate the data and code, and keep the old label.");
            return;
        }
        if (s.before() == null || s.index() + 1 > context.statements().size()) {
            return;
        }
        Schema after = s.index() + 1 < context.statements().size() ? context.statements().get(s.index() + 1).before() : null;
        if (after == null || s.statement().kind() != Kind.OTHER_DDL) {
            return;
        }
        Schema initial = context.statements().get(0).before();
        for (EnumType original : initial.enums()) {
            Optional<EnumType> was = s.before().enumType(original.name());
            Optional<EnumType> now = after.enumType(original.name());
            if (now.isPresent() && !now.get().values().containsAll(original.values())
                    && (was.isEmpty() || was.get().values().containsAll(original.values()))) {
                List<String> lost = new ArrayList<>(original.values());
                lost.removeAll(now.get().values());
                out.report(s, "Enum " + original.name() + " loses label(s) " + String.join(", ", lost)
                        + ": rows holding them cannot be converted and code that writes them fails.",
                        "PostgreSQL cannot drop enum labels: keep them, or migrate to a new type through expand/contract"
                        + " after moving every row off the removed labels.");
            }
        }
    }
}

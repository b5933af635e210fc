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

/** mig-enum-add-value-ordering: ALTER TYPE ... ADD VALUE without BEFORE/AFTER appends the label; in a transaction it cannot be used before commit. */
public final class EnumAddValueOrdering extends StatementRule {
    @Override
    public String id() {
        return "mig-enum-add-value-ordering";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.HINT;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        if (!is(s, Kind.ALTER_TYPE_ADD_VALUE)) {
            return;
        }
        if (!s.statement().has(Flag.BEFORE_OR_AFTER)) {
            out.report(s, "ADD VALUE " + s.statement().value() + " to " + s.statement().name()
                    + " appends it last, which changes the meaning of ordered comparisons if the labels have an order.",
                    "Say where it goes: ADD VALUE " + s.statement().value() + " BEFORE|AFTER 'existing'.");
        }
        if (s.transaction().explicit()) {
            String label = s.statement().value();
            boolean usedLater = label != null && context.statements().stream()
                    .filter(o -> o.index() > s.index() && o.transaction().id() == s.transaction().id())
                    .anyMatch(o -> o.statement().text().contains(label));
            if (usedLater) {
                out.report(s, "The new label " + label + " is used later in the same transaction: PostgreSQL refuses"
                        + " to use an enum value before the transaction that added it commits.",
                        "Commit after ADD VALUE and use the label in a later transaction or migration.");
            }
        }
    }
}

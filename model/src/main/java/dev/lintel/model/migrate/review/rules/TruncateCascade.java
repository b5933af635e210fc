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

/** mig-truncate-cascade: TRUNCATE ... CASCADE empties every table that references the truncated ones. */
public final class TruncateCascade extends StatementRule {
    @Override
    public String id() {
        return "mig-truncate-cascade";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        if (is(s, Kind.TRUNCATE) && s.statement().has(Flag.CASCADE)) {
            out.report(s, "TRUNCATE ... CASCADE also empties every table that references "
                    + String.join(", ", s.statement().targets().stream().map(Object::toString).toList())
                    + " by foreign key, transitively.",
                    "List every table to truncate explicitly, without CASCADE.");
        }
    }
}

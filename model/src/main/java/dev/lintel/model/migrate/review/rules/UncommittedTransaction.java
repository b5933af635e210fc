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

/** mig-uncommitted-transaction: BEGIN without COMMIT before the end of the script: the changes are discarded. */
public final class UncommittedTransaction extends StatementRule {
    @Override
    public String id() {
        return "mig-uncommitted-transaction";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        if (!is(s, Kind.BEGIN) || s.transaction().id() < 0) {
            return;
        }
        boolean closed = context.statements().stream().filter(o -> o.index() > s.index())
                .anyMatch(o -> (is(o, Kind.COMMIT) || is(o, Kind.ROLLBACK)) && o.transaction().id() == s.transaction().id());
        boolean outerBegin = context.earlierInTransaction(s).stream().anyMatch(o -> is(o, Kind.BEGIN));
        if (!closed && !outerBegin) {
            out.report(s, "This transaction is never committed: when the session ends, everything after BEGIN is rolled back.",
                    "End the block with COMMIT.");
        }
    }
}

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

/** mig-require-lock-timeout: A strong lock requested without lock_timeout queues every later query behind it while it waits. */
public final class RequireLockTimeout extends StatementRule {
    @Override
    public String id() {
        return "mig-require-lock-timeout";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        List<RelationLock> strong = strongLocksOnExisting(s);
        if (strong.isEmpty() || s.transaction().lockTimeout()) {
            return;
        }
        out.report(s, "No lock_timeout is set: while this statement waits for " + strong.get(0).mode() + " on "
                + strong.get(0).relation() + ", every later query on it queues behind the request.",
                "SET lock_timeout = '2s' before the statement (SET LOCAL inside a transaction block) and retry on timeout.");
    }
}

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

/** mig-concurrently-in-transaction: CONCURRENTLY statements (and VACUUM) cannot run inside a transaction block. */
public final class ConcurrentlyInTransaction extends StatementRule {
    @Override
    public String id() {
        return "mig-concurrently-in-transaction";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        if (s.statement().nonTransactional() && s.transaction().explicit()) {
            out.report(s, "PostgreSQL refuses this statement inside a transaction block (BEGIN ... COMMIT): the migration fails here.",
                    "Move it out of the transaction block, into its own step or file marked non-transactional"
                    + " (Flyway executeInTransaction=false, Liquibase runInTransaction=false).");
        }
    }
}

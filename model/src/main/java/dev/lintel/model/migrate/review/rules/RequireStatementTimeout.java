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

/** mig-require-statement-timeout: No statement_timeout bounds how long a lock-holding statement may run. */
public final class RequireStatementTimeout extends StatementRule {
    @Override
    public String id() {
        return "mig-require-statement-timeout";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        if (!strongLocksOnExisting(s).isEmpty() && !s.transaction().statementTimeout()
                && context.statements().stream().filter(o -> o.index() < s.index())
                .noneMatch(o -> !strongLocksOnExisting(o).isEmpty() && !o.transaction().statementTimeout())) {
            out.report(s, "No statement_timeout is set for the migration session: a statement holding a strong lock"
                    + " may run unbounded.",
                    "SET statement_timeout per step: short for catalog-only DDL, long for CONCURRENTLY and VALIDATE steps.");
        }
    }
}

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

/** mig-reindex-non-concurrent: REINDEX without CONCURRENTLY blocks writes and, through the index lock, most reads. */
public final class ReindexNonConcurrent extends StatementRule {
    @Override
    public String id() {
        return "mig-reindex-non-concurrent";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        if (is(s, Kind.REINDEX) && !s.statement().has(Flag.CONCURRENTLY)) {
            out.report(s, "REINDEX without CONCURRENTLY blocks writes to the table and locks each index ACCESS EXCLUSIVE,"
                    + " so queries that would use it wait too.",
                    "REINDEX ... CONCURRENTLY (PostgreSQL 12+), outside a transaction block.");
        }
    }
}

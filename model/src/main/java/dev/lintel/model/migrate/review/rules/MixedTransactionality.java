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

/** mig-mixed-transactionality: A script that mixes statements that cannot run in a transaction with transactional DDL, without transaction control. */
public final class MixedTransactionality extends StatementRule {
    @Override
    public String id() {
        return "mig-mixed-transactionality";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        if (!s.statement().nonTransactional() || s.transaction().explicit()) {
            return;
        }
        boolean explicitBlocks = context.statements().stream().anyMatch(o -> is(o, Kind.BEGIN));
        boolean transactionalDdl = context.statements().stream().anyMatch(o -> !o.statement().nonTransactional()
                && o.locks().locks().stream().anyMatch(l -> l.mode().strongerThanRowExclusive())
                || is(o, Kind.CREATE_TABLE));
        boolean first = context.statements().stream().filter(o -> o.index() < s.index())
                .noneMatch(o -> o.statement().nonTransactional() && !o.transaction().explicit());
        if (!explicitBlocks && transactionalDdl && first) {
            out.report(s, "The script mixes statements that cannot run in a transaction with transactional DDL and has no"
                    + " transaction control: a runner that wraps each file in a transaction (Flyway, Liquibase) fails, one"
                    + " that does not leaves the DDL non-atomic.",
                    "Split into files: the CONCURRENTLY/VACUUM statements in a file marked non-transactional, the rest in a"
                    + " transactional one (or wrap the transactional part in BEGIN ... COMMIT for psql).");
        }
    }
}

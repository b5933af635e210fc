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

/** mig-transaction-nesting: BEGIN inside a transaction block, or COMMIT/ROLLBACK outside one. */
public final class TransactionNesting extends StatementRule {
    @Override
    public String id() {
        return "mig-transaction-nesting";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        List<ReviewedStatement> all = context.statements();
        boolean open = false;
        for (ReviewedStatement o : all) {
            if (o.index() == s.index()) {
                if (is(s, Kind.BEGIN) && open) {
                    out.report(s, "BEGIN inside a transaction block: PostgreSQL ignores it with a warning, so the"
                            + " first COMMIT ends the outer block too.", "Remove the inner BEGIN (and its COMMIT).");
                } else if ((is(s, Kind.COMMIT) || is(s, Kind.ROLLBACK)) && !open) {
                    out.report(s, "COMMIT/ROLLBACK without a transaction block: it does nothing here, so the statements"
                            + " before it were not atomic.", "Add the matching BEGIN or remove the COMMIT.");
                }
                return;
            }
            if (is(o, Kind.BEGIN)) {
                open = true;
            } else if (is(o, Kind.COMMIT) || is(o, Kind.ROLLBACK)) {
                open = false;
            }
        }
    }
}

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

/** mig-statements-after-access-exclusive: Slow work after an ACCESS EXCLUSIVE lock in the same transaction extends the outage. */
public final class StatementsAfterAccessExclusive extends StatementRule {
    @Override
    public String id() {
        return "mig-statements-after-access-exclusive";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        if (!s.transaction().explicit()) {
            return;
        }
        Optional<ReviewedStatement> holder = context.earlierInTransaction(s).stream()
                .filter(Statements::takesAccessExclusiveOnExisting).findFirst();
        if (holder.isEmpty()) {
            return;
        }
        MigrationStatement st = s.statement();
        boolean slow = s.locks().scan() || s.locks().rewrite() || st.kind() == Kind.UPDATE || st.kind() == Kind.DELETE
                || st.kind() == Kind.INSERT || st.kind() == Kind.DO_BLOCK
                || strongLocksOnExisting(s).stream().anyMatch(l -> holder.get().locks().modeOn(l.relation()).isEmpty());
        if (slow) {
            out.report(s, "This statement runs while the ACCESS EXCLUSIVE lock taken at line " + holder.get().statement().line()
                    + " is still held: everything waiting on that table waits for this too.",
                    "COMMIT right after the ACCESS EXCLUSIVE statement; run backfills and other slow work in separate transactions.");
        }
    }
}

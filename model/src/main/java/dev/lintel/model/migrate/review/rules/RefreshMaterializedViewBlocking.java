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

/** mig-refresh-matview-blocking: REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks readers of the view. */
public final class RefreshMaterializedViewBlocking extends StatementRule {
    @Override
    public String id() {
        return "mig-refresh-matview-blocking";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        MigrationStatement st = s.statement();
        if (is(s, Kind.REFRESH_MATERIALIZED_VIEW) && !st.has(Flag.CONCURRENTLY) && !st.has(Flag.WITH_NO_DATA)
                && s.targetPreExisting()) {
            out.report(s, "REFRESH MATERIALIZED VIEW " + st.target() + " locks it ACCESS EXCLUSIVE: every read of the"
                    + " view waits for the whole refresh.",
                    "REFRESH MATERIALIZED VIEW CONCURRENTLY " + st.target() + " (needs a unique index on the view; readers continue).");
        }
    }
}

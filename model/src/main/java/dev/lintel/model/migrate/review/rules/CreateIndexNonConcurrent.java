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

/** mig-create-index-non-concurrent: CREATE INDEX without CONCURRENTLY on an existing table holds SHARE for the whole build: writes wait. */
public final class CreateIndexNonConcurrent extends StatementRule {
    @Override
    public String id() {
        return "mig-create-index-non-concurrent";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        MigrationStatement st = s.statement();
        if (!is(s, Kind.CREATE_INDEX) || st.has(Flag.CONCURRENTLY) || !s.targetPreExisting()) {
            return;
        }
        boolean partitioned = s.before() != null && s.before().table(st.target()).map(Table::isPartitioned).orElse(false);
        if (partitioned) {
            out.report(s, "CREATE INDEX on partitioned table " + st.target() + " locks it and every partition against writes"
                    + " for the whole build (CONCURRENTLY is not allowed on a partitioned parent).",
                    "CREATE INDEX ... ON ONLY " + st.target() + " (fast, invalid), CREATE INDEX CONCURRENTLY on each partition,"
                    + " then ALTER INDEX ... ATTACH PARTITION for each.");
            return;
        }
        out.report(s, "CREATE INDEX without CONCURRENTLY blocks writes to " + st.target() + " for the whole index build.",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS ... outside a transaction block, then check pg_index.indisvalid"
                + " (drop an INVALID leftover with DROP INDEX CONCURRENTLY and retry).");
    }
}

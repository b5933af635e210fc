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

/** mig-detach-partition-non-concurrent: DETACH PARTITION without CONCURRENTLY locks the partitioned table ACCESS EXCLUSIVE. */
public final class DetachPartitionNonConcurrent extends StatementRule {
    @Override
    public String id() {
        return "mig-detach-partition-non-concurrent";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        for (AlterAction a : actionsOnExisting(s, Type.DETACH_PARTITION)) {
            if (a.has(AlterAction.Flag.CONCURRENTLY) || a.has(AlterAction.Flag.FINALIZE)) {
                continue;
            }
            boolean hasDefault = new SchemaLookup(s.before()).defaultPartition(s.statement().target()).isPresent();
            String safe = hasDefault || s.transaction().explicit() ? null
                    : "ALTER TABLE " + s.statement().target() + " DETACH PARTITION " + a.related()
                    + " CONCURRENTLY (PostgreSQL 14+, outside a transaction block; FINALIZE if interrupted).";
            out.report(s, "DETACH PARTITION " + a.related() + " locks " + s.statement().target()
                    + " ACCESS EXCLUSIVE: reads and writes of every partition wait.", safe);
        }
    }
}

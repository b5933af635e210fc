package dev.lintel.model.migrate.plan;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.migrate.lock.LockAnalysis;
import dev.lintel.model.migrate.lock.StatementLocks;
import dev.lintel.model.schema.Schema;
import java.util.List;

/**
 * Fills every step's lock, rewrite and scan from the migration review engine's analysis of its
 * SQL ({@link LockAnalysis}), so the plan and a review of the same script never disagree.
 */
final class StepAnnotator {
    private StepAnnotator() {
    }

    static List<Step> annotate(List<Step> steps, Schema before, Dialect dialect) {
        if (dialect != Dialect.POSTGRES) {
            return steps.stream().map(s -> s.withLocks(new StepLocks("H2 DDL (not analysed)", false, false, false, false))).toList();
        }
        return steps.stream().map(s -> s.withLocks(locks(s, before))).toList();
    }

    private static StepLocks locks(Step s, Schema before) {
        if (s.sql().strip().startsWith("--")) {
            return new StepLocks("template only, nothing runs", false, false, false, false);
        }
        StatementLocks l = LockAnalysis.analyze(s.sql(), before);
        return new StepLocks(l.locks().isEmpty() ? "no table lock" : String.join("; ",
                l.locks().stream().map(r -> r.describe()).toList()), l.rewrite(), l.scan(), l.blocksReads(), l.blocksWrites());
    }
}

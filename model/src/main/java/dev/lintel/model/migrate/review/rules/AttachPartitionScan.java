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

/** mig-attach-partition-scan: ATTACH PARTITION scans the new partition unless a validated CHECK already proves the bound. */
public final class AttachPartitionScan extends StatementRule {
    @Override
    public String id() {
        return "mig-attach-partition-scan";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        for (AlterAction a : actionsOnExisting(s, Type.ATTACH_PARTITION)) {
            if (a.related() == null || s.isNew(a.related())) {
                continue;
            }
            SchemaLookup lookup = new SchemaLookup(s.before());
            List<String> keys = lookup.table(s.statement().target()).map(t -> partitionKeys(t.partitionBy())).orElse(List.of());
            boolean proven = !keys.isEmpty() && lookup.table(a.related()).map(p -> p.checks().stream()
                    .anyMatch(c -> !c.notValid() && keys.stream().allMatch(k -> c.expression().toLowerCase(Locale.ROOT)
                            .contains(k)))).orElse(false);
            if (!proven) {
                out.report(s, "ATTACH PARTITION " + a.related() + " scans it to check the bound while it is locked"
                        + " ACCESS EXCLUSIVE (no validated CHECK on it implies the bound).",
                        "ALTER TABLE " + a.related() + " ADD CONSTRAINT b CHECK (<bound>) NOT VALID; VALIDATE CONSTRAINT b;"
                        + " then ATTACH PARTITION (scan skipped) and DROP CONSTRAINT b.");
            }
        }
    }

    private static List<String> partitionKeys(String partitionBy) {
        if (partitionBy == null) {
            return List.of();
        }
        int open = partitionBy.indexOf('(');
        int close = partitionBy.lastIndexOf(')');
        if (open < 0 || close < open) {
            return List.of();
        }
        return Arrays.stream(partitionBy.substring(open + 1, close).split(","))
                .map(k -> k.strip().replace("\"", "").toLowerCase(Locale.ROOT)).filter(k -> !k.isEmpty()).toList();
    }
}

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

/** mig-set-not-null-scan: SET NOT NULL without a validated CHECK (col IS NOT NULL) scans the table under ACCESS EXCLUSIVE. */
public final class SetNotNullScan extends StatementRule {
    @Override
    public String id() {
        return "mig-set-not-null-scan";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        for (AlterAction a : actionsOnExisting(s, Type.SET_NOT_NULL)) {
            if (new SchemaLookup(s.before()).provenNotNull(s.statement().target(), a.column()).orElse(false)) {
                continue;
            }
            out.report(s, "SET NOT NULL on " + s.statement().target() + "." + a.column() + " scans every row while the"
                    + " table is locked ACCESS EXCLUSIVE (no validated CHECK (" + a.column() + " IS NOT NULL) proves it).",
                    "ADD CONSTRAINT c CHECK (" + a.column() + " IS NOT NULL) NOT VALID; commit; VALIDATE CONSTRAINT c;"
                    + " then SET NOT NULL (no scan) and DROP CONSTRAINT c.");
        }
    }
}

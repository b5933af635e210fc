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

/** mig-add-check-without-not-valid: ADD CHECK without NOT VALID scans the whole table under ACCESS EXCLUSIVE. */
public final class AddCheckWithoutNotValid extends StatementRule {
    @Override
    public String id() {
        return "mig-add-check-without-not-valid";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        for (AlterAction a : actionsOnExisting(s, Type.ADD_CHECK, Type.ADD_COLUMN)) {
            boolean inline = a.type() == Type.ADD_COLUMN && a.has(AlterAction.Flag.CHECK);
            if (a.type() == Type.ADD_CHECK && !a.has(AlterAction.Flag.NOT_VALID) || inline) {
                out.report(s, "Adding CHECK " + (a.constraint() == null ? "" : a.constraint() + " ")
                        + "checks every row while " + s.statement().target() + " is locked ACCESS EXCLUSIVE.",
                        "ALTER TABLE " + s.statement().target() + " ADD CONSTRAINT c CHECK (...) NOT VALID; commit; then"
                        + " ALTER TABLE " + s.statement().target() + " VALIDATE CONSTRAINT c in a separate transaction"
                        + " (SHARE UPDATE EXCLUSIVE: reads and writes continue).");
            }
        }
    }
}

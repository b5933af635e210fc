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

/** mig-add-column-identity-or-serial: ADD COLUMN of serial or identity type rewrites the table to number every row. */
public final class AddColumnIdentityOrSerial extends StatementRule {
    @Override
    public String id() {
        return "mig-add-column-identity-or-serial";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        for (AlterAction a : actionsOnExisting(s, Type.ADD_COLUMN)) {
            if (a.has(AlterAction.Flag.SERIAL) || a.has(AlterAction.Flag.IDENTITY)) {
                out.report(s, "Column " + a.column() + " (" + (a.has(AlterAction.Flag.SERIAL) ? a.typeText() : "identity")
                        + ") draws a sequence value for every existing row: the table is rewritten while locked ACCESS EXCLUSIVE.",
                        "Add a nullable bigint column, create a sequence and SET DEFAULT nextval(...), backfill in batches,"
                        + " then NOT NULL through a validated CHECK; or build a new table and swap.");
            }
        }
    }
}

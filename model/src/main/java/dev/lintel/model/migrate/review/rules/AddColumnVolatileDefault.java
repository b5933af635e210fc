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

/** mig-add-column-volatile-default: ADD COLUMN with a volatile DEFAULT rewrites the table under ACCESS EXCLUSIVE. */
public final class AddColumnVolatileDefault extends StatementRule {
    @Override
    public String id() {
        return "mig-add-column-volatile-default";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        for (AlterAction a : actionsOnExisting(s, Type.ADD_COLUMN)) {
            if (!a.has(AlterAction.Flag.DEFAULT)) {
                continue;
            }
            Volatility.volatileCall(a.expression()).ifPresent(fn -> out.report(s, "Column " + a.column() + " gets the "
                    + (Volatility.knownVolatile(fn) ? "volatile" : "possibly volatile") + " default " + fn
                    + "(): every row is rewritten while " + s.statement().target() + " is locked ACCESS EXCLUSIVE.",
                    "ADD COLUMN " + a.column() + " without the default; ALTER COLUMN " + a.column() + " SET DEFAULT "
                    + a.expression() + " (new rows only); backfill existing rows in batches outside the DDL transaction."));
        }
    }
}

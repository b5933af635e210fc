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

/** mig-add-required-column: ADD COLUMN ... NOT NULL without a DEFAULT fails on any row and breaks old INSERTs. */
public final class AddRequiredColumn extends StatementRule {
    @Override
    public String id() {
        return "mig-add-required-column";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        for (AlterAction a : actionsOnExisting(s, Type.ADD_COLUMN)) {
            if (a.has(AlterAction.Flag.NOT_NULL) && !a.has(AlterAction.Flag.DEFAULT) && !a.has(AlterAction.Flag.SERIAL)
                    && !a.has(AlterAction.Flag.IDENTITY) && !a.has(AlterAction.Flag.GENERATED_STORED)) {
                out.report(s, "Column " + a.column() + " is added NOT NULL without a default: the statement fails if "
                        + s.statement().target() + " has any row, and old application versions' INSERTs fail.",
                        "Add it nullable (or with a constant default), backfill, then SET NOT NULL through a validated CHECK.");
            }
        }
    }
}

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

/** mig-drop-column: DROP COLUMN while code that reads or writes the column is still deployed. */
public final class DropColumn extends StatementRule {
    @Override
    public String id() {
        return "mig-drop-column";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        for (AlterAction a : actionsOnExisting(s, Type.DROP_COLUMN)) {
            out.report(s, "Dropping column " + s.statement().target() + "." + a.column() + " loses its data and breaks"
                    + " application versions that still read or write it.",
                    "Deploy code that no longer uses the column first (e.g. ignored columns in the ORM), then drop it in a"
                    + " later contract migration.");
        }
    }
}

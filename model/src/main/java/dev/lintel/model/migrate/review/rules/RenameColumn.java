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

/** mig-rename-column: RENAME COLUMN breaks running code that uses the old name. */
public final class RenameColumn extends StatementRule {
    @Override
    public String id() {
        return "mig-rename-column";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        for (AlterAction a : actionsOnExisting(s, Type.RENAME_COLUMN)) {
            out.report(s, "Renaming " + s.statement().target() + "." + a.column() + " to " + a.newName()
                    + " breaks every running application version that uses the old name.",
                    "Keep the database name and rename in the ORM mapping, or expand/contract: add the new column, sync"
                    + " with a trigger, move the code, drop the old column.");
        }
    }
}

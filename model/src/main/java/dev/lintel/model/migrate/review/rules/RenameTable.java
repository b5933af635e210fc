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

/** mig-rename-table: RENAME TO of a table breaks running code that uses the old name. */
public final class RenameTable extends StatementRule {
    @Override
    public String id() {
        return "mig-rename-table";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        for (AlterAction a : actionsOnExisting(s, Type.RENAME_TABLE)) {
            out.report(s, "Renaming " + s.statement().target() + " to " + a.newName()
                    + " breaks every running application version that uses the old name.",
                    "Rename, then CREATE VIEW " + s.statement().target() + " AS SELECT * FROM " + a.newName()
                    + " (auto-updatable) for one release; or expand/contract.");
        }
    }
}

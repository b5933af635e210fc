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

/** mig-drop-table: DROP TABLE of a table that exists from before the migration. */
public final class DropTable extends StatementRule {
    @Override
    public String id() {
        return "mig-drop-table";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        if (!is(s, Kind.DROP_TABLE)) {
            return;
        }
        for (QualifiedName t : s.statement().targets()) {
            if (!s.isNew(t)) {
                out.report(s, "Dropping " + t + " deletes its data and breaks code that still uses it.",
                        "Stop all use first; keep a backup or rename it to a deprecated name for one release; drop it in a later migration.");
            }
        }
    }
}

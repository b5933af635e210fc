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

/** mig-add-unique-constraint: ADD UNIQUE without USING INDEX builds the index under ACCESS EXCLUSIVE. */
public final class AddUniqueConstraint extends StatementRule {
    @Override
    public String id() {
        return "mig-add-unique-constraint";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        for (AlterAction a : actionsOnExisting(s, Type.ADD_UNIQUE, Type.ADD_COLUMN)) {
            boolean inline = a.type() == Type.ADD_COLUMN && a.has(AlterAction.Flag.UNIQUE);
            if (a.type() == Type.ADD_UNIQUE && !a.has(AlterAction.Flag.USING_INDEX) || inline) {
                out.report(s, "Adding a UNIQUE constraint" + (inline ? " with column " + a.column() : "")
                        + " builds its index while " + s.statement().target() + " is locked ACCESS EXCLUSIVE.",
                        "CREATE UNIQUE INDEX CONCURRENTLY idx ON " + s.statement().target() + " (...); then ALTER TABLE "
                        + s.statement().target() + " ADD CONSTRAINT name UNIQUE USING INDEX idx (instant).");
            }
        }
    }
}

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

/** mig-narrowing-type-change: A type change that existing values may not fit: the statement can fail or truncate, after a rewrite. */
public final class NarrowingTypeChange extends StatementRule {
    @Override
    public String id() {
        return "mig-narrowing-type-change";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        for (AlterAction a : actionsOnExisting(s, Type.ALTER_COLUMN_TYPE)) {
            TypeChange change = AlterColumnTypeRewrite.change(s, a);
            if (change.narrowing()) {
                out.report(s, "Changing " + s.statement().target() + "." + a.column() + " to " + a.typeText()
                        + " narrows it: existing values may not fit and the statement fails after scanning (" + change.reason() + ").",
                        "Check the data first (SELECT ... WHERE the value does not fit), then expand/contract through a new column.");
            }
        }
    }
}

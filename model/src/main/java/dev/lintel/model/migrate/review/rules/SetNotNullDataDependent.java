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

/** mig-set-not-null-data-dependent: SET NOT NULL fails if any existing row holds NULL. */
public final class SetNotNullDataDependent extends StatementRule {
    @Override
    public String id() {
        return "mig-set-not-null-data-dependent";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        for (AlterAction a : actionsOnExisting(s, Type.SET_NOT_NULL)) {
            if (new SchemaLookup(s.before()).provenNotNull(s.statement().target(), a.column()).orElse(false)) {
                continue;
            }
            out.report(s, "SET NOT NULL on " + s.statement().target() + "." + a.column() + " fails if any row holds NULL.",
                    "Backfill first and check: SELECT 1 FROM " + s.statement().target() + " WHERE " + a.column()
                    + " IS NULL LIMIT 1.");
        }
    }
}

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

/** mig-add-column-stored-generated: ADD COLUMN ... GENERATED ALWAYS AS (...) STORED rewrites the table. */
public final class AddColumnStoredGenerated extends StatementRule {
    @Override
    public String id() {
        return "mig-add-column-stored-generated";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        for (AlterAction a : actionsOnExisting(s, Type.ADD_COLUMN, Type.SET_EXPRESSION)) {
            if (a.type() == Type.SET_EXPRESSION || a.has(AlterAction.Flag.GENERATED_STORED)) {
                out.report(s, "A stored generated column (" + a.column() + ") is computed for every row: the table is"
                        + " rewritten while locked ACCESS EXCLUSIVE.",
                        "Add a plain nullable column kept up to date by a BEFORE INSERT/UPDATE trigger, backfill it in"
                        + " batches (PostgreSQL 18: a VIRTUAL generated column needs no rewrite).");
            }
        }
    }
}

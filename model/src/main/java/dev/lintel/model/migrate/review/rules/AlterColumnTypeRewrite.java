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

/** mig-alter-column-type-rewrite: ALTER COLUMN TYPE that is not binary-coercible rewrites the table and its indexes under ACCESS EXCLUSIVE. */
public final class AlterColumnTypeRewrite extends StatementRule {
    @Override
    public String id() {
        return "mig-alter-column-type-rewrite";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        for (AlterAction a : actionsOnExisting(s, Type.ALTER_COLUMN_TYPE)) {
            TypeChange change = change(s, a);
            if (change.cost() == TypeChange.Cost.REWRITE || change.cost() == TypeChange.Cost.UNKNOWN) {
                out.report(s, "Changing " + s.statement().target() + "." + a.column() + " to " + a.typeText()
                        + (change.cost() == TypeChange.Cost.UNKNOWN ? " may rewrite" : " rewrites") + " the table and all"
                        + " its indexes while it is locked ACCESS EXCLUSIVE (" + change.reason() + ").",
                        "Expand/contract: add a new column of the new type, keep it in sync with a trigger, backfill in"
                        + " batches, switch reads, then drop the old column; run ANALYZE afterwards.");
            }
        }
    }

    static TypeChange change(ReviewedStatement s, AlterAction a) {
        DataType from = new SchemaLookup(s.before()).column(s.statement().target(), a.column()).map(Column::type).orElse(null);
        DataType to = a.typeText() == null ? null
                : dev.lintel.model.ddl.parse.SqlScript.parseType(a.typeText(), dev.lintel.model.dialect.Dialect.POSTGRES);
        return TypeChange.classify(from, to, a.has(AlterAction.Flag.USING));
    }
}

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

/** mig-validate-same-transaction: VALIDATE CONSTRAINT in the transaction that added the constraint NOT VALID keeps the strong lock through the scan. */
public final class ValidateSameTransaction extends StatementRule {
    @Override
    public String id() {
        return "mig-validate-same-transaction";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        for (AlterAction v : actionsOnExisting(s, Type.VALIDATE_CONSTRAINT)) {
            List<ReviewedStatement> scope = new ArrayList<>(context.earlierInTransaction(s));
            scope.add(s);
            boolean addedHere = scope.stream().filter(o -> is(o, Kind.ALTER_TABLE)
                            && Objects.equals(o.statement().target(), s.statement().target()))
                    .flatMap(o -> o.statement().actions().stream())
                    .anyMatch(a -> a.has(AlterAction.Flag.NOT_VALID) && v.constraint() != null
                            && v.constraint().equals(a.constraint()));
            if (addedHere) {
                out.report(s, "Constraint " + v.constraint() + " is validated in the same transaction that added it"
                        + " NOT VALID: the lock taken by the ADD is held through the whole validation scan.",
                        "COMMIT after ADD CONSTRAINT ... NOT VALID and run VALIDATE CONSTRAINT " + v.constraint()
                        + " in its own transaction.");
            }
        }
    }
}

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

/** mig-add-fk-without-not-valid: ADD FOREIGN KEY without NOT VALID scans the table while both tables are locked against writes. */
public final class AddForeignKeyWithoutNotValid extends StatementRule {
    @Override
    public String id() {
        return "mig-add-fk-without-not-valid";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        for (AlterAction a : actionsOnExisting(s, Type.ADD_FOREIGN_KEY, Type.ADD_COLUMN)) {
            boolean inline = a.type() == Type.ADD_COLUMN && a.has(AlterAction.Flag.REFERENCES);
            if (a.type() == Type.ADD_FOREIGN_KEY && !a.has(AlterAction.Flag.NOT_VALID) || inline) {
                out.report(s, "Adding a foreign key to " + a.related() + " validates every row while writes to "
                        + s.statement().target() + " and " + a.related() + " wait.",
                        (inline ? "Add the column without REFERENCES; then " : "")
                        + "ALTER TABLE " + s.statement().target() + " ADD CONSTRAINT fk FOREIGN KEY (...) REFERENCES "
                        + a.related() + " (...) NOT VALID; commit; then VALIDATE CONSTRAINT fk in a separate transaction.");
            }
        }
    }
}

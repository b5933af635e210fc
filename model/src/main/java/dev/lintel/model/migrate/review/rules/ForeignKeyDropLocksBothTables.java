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

/** mig-fk-drop-locks-both-tables: Dropping a foreign key (or a table that has them) locks the referenced table ACCESS EXCLUSIVE too. */
public final class ForeignKeyDropLocksBothTables extends StatementRule {
    @Override
    public String id() {
        return "mig-fk-drop-locks-both-tables";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        if (!is(s, Kind.DROP_TABLE) && !is(s, Kind.ALTER_TABLE)) {
            return;
        }
        if (s.isNew(s.statement().target())) {
            return;
        }
        for (RelationLock l : s.locks().locks()) {
            if (l.role() == RelationLock.Role.REFERENCED && l.mode() == LockMode.ACCESS_EXCLUSIVE && !s.isNew(l.relation())
                    && !s.statement().targets().contains(l.relation())) {
                out.report(s, "Removing a foreign key also locks the referenced table " + l.relation()
                        + " ACCESS EXCLUSIVE (its triggers are dropped): reads and writes on it wait too.",
                        "Drop each foreign key in its own short transaction with a lock_timeout and retry, before dropping the table.");
            }
        }
    }
}

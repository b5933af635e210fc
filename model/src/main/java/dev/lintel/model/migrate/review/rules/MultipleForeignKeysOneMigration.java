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

/** mig-multiple-fks-one-migration: Several foreign keys to different tables in one transaction hold write locks on all of them together. */
public final class MultipleForeignKeysOneMigration extends StatementRule {
    @Override
    public String id() {
        return "mig-multiple-fks-one-migration";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        Set<QualifiedName> parents = new LinkedHashSet<>();
        for (ReviewedStatement o : context.earlierInTransaction(s)) {
            parents.addAll(fkParents(o));
        }
        if (parents.isEmpty()) {
            return;
        }
        for (QualifiedName p : fkParents(s)) {
            if (!parents.contains(p)) {
                out.report(s, "A second foreign key in this transaction locks " + p + " against writes while "
                        + String.join(", ", parents.stream().map(Object::toString).toList())
                        + " stay locked: long lock queues and deadlock risk.",
                        "One foreign key per transaction (commit between them).");
                return;
            }
        }
    }

    /** Pre-existing tables referenced by foreign keys this statement adds to a pre-existing table. */
    private static Set<QualifiedName> fkParents(ReviewedStatement s) {
        Set<QualifiedName> out = new LinkedHashSet<>();
        for (AlterAction a : actionsOnExisting(s, Type.ADD_FOREIGN_KEY, Type.ADD_COLUMN)) {
            if (a.addsForeignKey() && a.related() != null && !s.isNew(a.related())) {
                out.add(a.related());
            }
        }
        return out;
    }
}

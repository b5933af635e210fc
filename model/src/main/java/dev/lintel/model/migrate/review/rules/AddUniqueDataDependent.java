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

/** mig-add-unique-data-dependent: A new unique index or constraint on existing columns fails if the data has duplicates. */
public final class AddUniqueDataDependent extends StatementRule {
    @Override
    public String id() {
        return "mig-add-unique-data-dependent";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        MigrationStatement st = s.statement();
        boolean uniqueIndex = is(s, Kind.CREATE_INDEX) && st.has(Flag.UNIQUE) && s.targetPreExisting();
        boolean uniqueConstraint = actionsOnExisting(s, Type.ADD_UNIQUE, Type.ADD_PRIMARY_KEY).stream()
                .anyMatch(a -> !a.has(AlterAction.Flag.USING_INDEX));
        if (uniqueIndex || uniqueConstraint) {
            out.report(s, "Uniqueness on existing rows of " + st.target() + " depends on the data: duplicates make the"
                    + " statement fail" + (st.has(Flag.CONCURRENTLY) ? " and leave an INVALID index behind" : "") + ".",
                    "Check first: SELECT cols, count(*) FROM " + st.target() + " GROUP BY cols HAVING count(*) > 1;"
                    + " drop an INVALID index left by a failed concurrent build before retrying.");
        }
    }
}

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

/** mig-drop-index-non-concurrent: DROP INDEX without CONCURRENTLY takes ACCESS EXCLUSIVE on the table. */
public final class DropIndexNonConcurrent extends StatementRule {
    @Override
    public String id() {
        return "mig-drop-index-non-concurrent";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        MigrationStatement st = s.statement();
        if (!is(s, Kind.DROP_INDEX) || st.has(Flag.CONCURRENTLY)) {
            return;
        }
        for (QualifiedName index : st.targets()) {
            if (s.isNew(index)) {
                continue;
            }
            SchemaLookup lookup = new SchemaLookup(s.before());
            Optional<Table> table = lookup.tableOfIndex(index);
            if (table.isPresent() && (s.isNew(table.get().name()) || SchemaLookup.backsConstraint(table.get(), index.name()))) {
                continue;
            }
            out.report(s, "DROP INDEX " + index + " without CONCURRENTLY locks "
                    + table.map(t -> t.name().toString()).orElse("its table") + " ACCESS EXCLUSIVE: reads and writes wait.",
                    "DROP INDEX CONCURRENTLY IF EXISTS " + index + " outside a transaction block.");
        }
    }
}

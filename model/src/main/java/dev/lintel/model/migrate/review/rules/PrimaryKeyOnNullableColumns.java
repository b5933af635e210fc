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

/** mig-pk-on-nullable-columns: ADD PRIMARY KEY over nullable columns implies SET NOT NULL: a full scan under ACCESS EXCLUSIVE. */
public final class PrimaryKeyOnNullableColumns extends StatementRule {
    @Override
    public String id() {
        return "mig-pk-on-nullable-columns";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        for (AlterAction a : actionsOnExisting(s, Type.ADD_PRIMARY_KEY)) {
            List<String> nullable = new ArrayList<>();
            for (String c : a.columns()) {
                new SchemaLookup(s.before()).column(s.statement().target(), c).filter(Column::nullable)
                        .ifPresent(col -> nullable.add(c));
            }
            if (a.has(AlterAction.Flag.USING_INDEX) && a.columns().isEmpty() && s.before() != null) {
                s.before().table(s.statement().target()).flatMap(t -> t.indexes().stream()
                        .filter(i -> i.name().equals(a.newName())).findFirst()).ifPresent(i -> i.leadingColumns().forEach(c ->
                        new SchemaLookup(s.before()).column(s.statement().target(), c).filter(Column::nullable)
                                .ifPresent(col -> nullable.add(c))));
            }
            if (!nullable.isEmpty()) {
                out.report(s, "The primary key's column(s) " + String.join(", ", nullable) + " are nullable: PostgreSQL"
                        + " sets them NOT NULL with a full scan while the table is locked ACCESS EXCLUSIVE.",
                        "First ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID, VALIDATE it in a separate transaction,"
                        + " SET NOT NULL (no scan), then add the primary key USING INDEX.");
            }
        }
    }
}

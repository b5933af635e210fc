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

/** mig-uninspectable-sql: A statement the review cannot analyse (DO blocks, procedural code, unreadable SQL). */
public final class UninspectableSql extends StatementRule {
    @Override
    public String id() {
        return "mig-uninspectable-sql";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    protected void check(ReviewedStatement s, ReviewContext context, FindingSink out) {
        Kind k = s.statement().kind();
        boolean unread = k == Kind.ALTER_TABLE && s.statement().target() == null
                || (k == Kind.CREATE_INDEX || k == Kind.CREATE_TRIGGER || k == Kind.DROP_TRIGGER) && s.statement().target() == null;
        if (k == Kind.DO_BLOCK || k == Kind.UNKNOWN || unread) {
            out.report(s, (k == Kind.DO_BLOCK ? "A DO block" : "This statement") + " cannot be analysed: its locks,"
                    + " rewrites and scans are unknown.",
                    "Review it by hand; prefer plain DDL statements the review can check; in dynamic SQL quote with %I/%L.");
        }
    }
}

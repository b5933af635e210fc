package dev.lintel.model.migrate.review;

import dev.lintel.model.migrate.lock.StatementLocks;
import dev.lintel.model.migrate.statement.MigrationStatement;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.SourceLocation;
import java.util.Set;

/**
 * One statement of a reviewed script with everything the rules judge it by.
 *
 * @param index 0-based position in the script
 * @param before the schema just before the statement (the --schema plus the script so far), or null when unknown
 * @param created relations created earlier in the same script: empty and invisible to others, so exempt from lock rules
 */
public record ReviewedStatement(int index, MigrationStatement statement, StatementLocks locks, Transaction transaction,
                                Schema before, Set<QualifiedName> created, SourceLocation location) {
    public ReviewedStatement {
        created = Set.copyOf(created);
    }

    /** Whether {@code relation} was created earlier in this script. */
    public boolean isNew(QualifiedName relation) {
        return relation != null && created.contains(relation);
    }

    /** Whether the statement's first target exists from before the script (not created by it). */
    public boolean targetPreExisting() {
        return statement.target() != null && !isNew(statement.target());
    }
}

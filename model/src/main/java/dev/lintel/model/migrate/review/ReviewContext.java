package dev.lintel.model.migrate.review;

import java.util.List;

/**
 * A reviewed script: its statements in order, each with its locks, transaction and the schema
 * before it.
 *
 * @param schemaKnown whether a schema was given (--schema); without one, tables the script does
 *                    not create are assumed to exist and hold data
 */
public record ReviewContext(String fileName, List<ReviewedStatement> statements, boolean schemaKnown) {
    public ReviewContext {
        statements = List.copyOf(statements);
    }

    /** Statements of the same transaction that come before {@code s}. */
    public List<ReviewedStatement> earlierInTransaction(ReviewedStatement s) {
        return statements.subList(0, s.index()).stream()
                .filter(o -> o.transaction().id() == s.transaction().id()).toList();
    }
}

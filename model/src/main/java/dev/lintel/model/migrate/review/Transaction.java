package dev.lintel.model.migrate.review;

/**
 * The transaction a statement runs in, as psql runs a script: statements outside an explicit
 * {@code BEGIN ... COMMIT} block each commit on their own (autocommit).
 *
 * @param id a number shared by every statement of one transaction (an explicit block, or a lone autocommit statement)
 * @param explicit inside {@code BEGIN ... COMMIT}
 * @param lockTimeout a non-zero {@code lock_timeout} is in force (SET or SET LOCAL earlier in the session/block)
 * @param statementTimeout a non-zero {@code statement_timeout} is in force
 */
public record Transaction(int id, boolean explicit, boolean lockTimeout, boolean statementTimeout) {
}

package dev.lintel.model.migrate.review;

import dev.lintel.model.lint.Finding;

/**
 * A migration finding: the shared {@link Finding} (rule, severity, object, message, file and
 * line, so text/JSON/SARIF output is the lint output) plus what a migration report shows apart.
 *
 * @param problem what is wrong, one sentence
 * @param safeAlternative the safe way to do it, or null when there is none
 */
public record ReviewFinding(Finding finding, ReviewedStatement statement, String problem, String safeAlternative) {
}

package dev.lintel.model.migrate.review;

import dev.lintel.model.lint.Severity;

/**
 * One migration-safety check. Implementations are small, stateless and registered in
 * {@link MigrationRuleRegistry}; each has a doc ({@code docs/<id>.md} beside this package's
 * resources: what, why it matters, how to fix, bad, good) and bad/good fixtures that a test runs.
 */
public interface MigrationRule {
    /** Stable kebab-case id ({@code mig-...}) used in settings and reports; never renamed. */
    String id();

    Severity defaultSeverity();

    /** Judges the whole script (most rules look at one statement at a time, some at what came before). */
    void check(ReviewContext context, FindingSink out);

    /** Classpath resource of the rule's Markdown doc. */
    default String docResource() {
        return "/dev/lintel/model/migrate/review/docs/" + id() + ".md";
    }

    /** Receives a rule's findings. */
    interface FindingSink {
        /**
         * @param what what is wrong, one sentence
         * @param safe the safe alternative, or null when there is none
         */
        void report(ReviewedStatement at, String what, String safe);
    }
}

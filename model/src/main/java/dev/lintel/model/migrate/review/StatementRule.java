package dev.lintel.model.migrate.review;

/** A rule that judges each statement on its own (with its transaction and the schema before it). */
public abstract class StatementRule implements MigrationRule {
    @Override
    public final void check(ReviewContext context, FindingSink out) {
        for (ReviewedStatement s : context.statements()) {
            check(s, context, out);
        }
    }

    protected abstract void check(ReviewedStatement s, ReviewContext context, FindingSink out);
}

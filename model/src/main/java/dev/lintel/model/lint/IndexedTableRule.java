package dev.lintel.model.lint;

import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;

/**
 * A rule that reads the whole schema but reports per table: each table is checked against an index
 * built once per lint from every table's {@link #schemaFacts} (e.g. the candidate keys of all tables,
 * by name). Scope {@link Scope#SCHEMA}; because the index depends on the facts only, live lint keeps
 * the index and the findings of unchanged tables while an edit leaves every table's facts equal, and
 * re-runs just the edited tables.
 *
 * @param <I> the index; immutable, and built from table names, positions and facts only
 */
public abstract class IndexedTableRule<I> extends TableRule {
    protected IndexedTableRule(String id, Category category, Severity severity) {
        super(id, category, severity, Scope.SCHEMA);
    }

    /** The index of {@code schema}: must read of each table only its name, position and {@link #schemaFacts}. */
    public abstract I buildIndex(Schema schema);

    @Override
    public abstract Object schemaFacts(Table table);

    /** Reports the problems of {@code table}, at {@code position} in the schema's tables, using only it and the index. */
    protected abstract void check(int position, Table table, I index, LintContext ctx, FindingCollector out);

    @Override
    public final void check(Table table, LintContext ctx, FindingCollector out) {
        checkAt(ctx.positionOf(table), table, ctx, out);
    }

    @Override
    final void checkAt(int position, Table table, LintContext ctx, FindingCollector out) {
        check(position, table, ctx.index(this), ctx, out);
    }
}

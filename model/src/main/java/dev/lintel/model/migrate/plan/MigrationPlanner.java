package dev.lintel.model.migrate.plan;

import dev.lintel.model.ddl.render.DdlFragments;
import dev.lintel.model.diff.SchemaDiff;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Schema;

/**
 * A diff to an ordered migration plan for PostgreSQL (lock-aware recipes, three phases) or H2
 * (plain DDL). SQL is spelled by {@link DdlFragments} over the target schema, so identifiers and
 * types read exactly as a fresh export of that schema would write them.
 */
public final class MigrationPlanner {

    public MigrationPlan plan(SchemaDiff diff, Schema before, Schema after, Dialect dialect) {
        return plan(diff, before, after, dialect, null);
    }

    /** @param sourceDialect the dialect both schemas were read from (null: unknown); names re-fold when it differs from {@code dialect} */
    public MigrationPlan plan(SchemaDiff diff, Schema before, Schema after, Dialect dialect, Dialect sourceDialect) {
        Schema from = before.enforced().normalize(); // as in SchemaDiffer: the database's view
        Schema to = after.enforced().normalize();
        PlanBuilder out = new PlanBuilder();
        PlanContext ctx = new PlanContext(from, to, diff, new DdlFragments(to, dialect, sourceDialect), out);
        if (dialect == Dialect.POSTGRES) {
            new PostgresPlan(ctx).plan();
        } else {
            new PlainPlan(ctx).plan();
        }
        return new MigrationPlan(dialect, StepAnnotator.annotate(out.steps(), from, dialect), out.notes(), diff.proposals());
    }
}

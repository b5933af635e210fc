package dev.lintel.model.migrate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.diff.SchemaDiffer;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Schema;
import org.junit.jupiter.api.Test;

/** Steps carry the review engine's lock analysis of their own SQL, against the old schema. */
class StepLocksTest {
    private static Schema pg(String sql) {
        return new DdlImporter().importText(sql, "t.sql", Dialect.POSTGRES).schema();
    }

    private static Step step(MigrationPlan plan, String kind) {
        return plan.steps().stream().filter(s -> s.kind().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void locksComeFromTheAnalysis() {
        Schema before = pg("CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int, pid int CONSTRAINT c_fk REFERENCES p (id));");
        Schema after = pg("CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id bigint, pid int); CREATE INDEX c_pid ON c (pid);");
        MigrationPlan plan = new MigrationPlanner().plan(new SchemaDiffer().diff(before, after), before, after, Dialect.POSTGRES);

        Step index = step(plan, "create-index-concurrently");
        assertTrue(index.locks().summary().startsWith("SHARE UPDATE EXCLUSIVE on public.c"), index.locks().summary());
        assertFalse(index.locks().blocksWrites());
        assertFalse(index.transactional());

        Step dropFk = step(plan, "drop-constraint");
        assertTrue(dropFk.locks().summary().contains("public.c") && dropFk.locks().summary().contains("public.p"),
                dropFk.locks().summary());
        assertTrue(dropFk.locks().blocksReads());

        Step retype = step(plan, "alter-column-type");
        assertTrue(retype.locks().rewrite(), retype.locks().describe());
        assertEquals(Acknowledgement.BLOCKING, retype.acknowledgement());
    }
}

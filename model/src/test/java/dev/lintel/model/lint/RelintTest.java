package dev.lintel.model.lint;

import static org.junit.jupiter.api.Assertions.*;

import dev.lintel.model.schema.Schema;
import org.junit.jupiter.api.Test;

class RelintTest {
    private final Linter linter = new Linter();
    private final LintSettings settings = LintSettings.defaults();

    @Test
    void relintAfterAnySingleEditEqualsAFullLint() {
        for (long seed = 0; seed < 400; seed++) {
            RandomSchemas random = new RandomSchemas(seed);
            Schema before = random.schema();
            LintResult previous = linter.lint(before, settings);
            Schema after = random.edit(before);
            LintResult incremental = linter.relint(previous, before, after, settings);
            LintResult full = linter.lint(after, settings);
            assertEquals(full.findings(), incremental.findings(), "seed " + seed);
            assertEquals(full.failures(), incremental.failures(), "seed " + seed);
            assertTrue(full.failures().isEmpty(), () -> "rule failures: " + full.failures());
        }
    }

    @Test
    void chainedRelintsStayEqualToAFullLint() {
        RandomSchemas random = new RandomSchemas(42);
        Schema schema = random.schema();
        LintResult result = linter.lint(schema, settings);
        for (int i = 0; i < 200; i++) {
            Schema next = random.edit(schema);
            if (next.tables().isEmpty()) {
                next = random.schema();
            }
            result = linter.relint(result, schema, next, settings);
            schema = next;
            assertEquals(linter.lint(schema, settings).findings(), result.findings(), "step " + i);
        }
    }

    @Test
    void changedSettingsFallBackToAFullLint() {
        Schema s = new RandomSchemas(7).schema();
        LintResult previous = linter.lint(s, settings);
        LintSettings off = settings.withRule("design-table-without-pk", r -> r.withEnabled(false));
        assertEquals(linter.lint(s, off).findings(), linter.relint(previous, s, s, off).findings());
    }
}

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

    /** Every rule on, opt-in ones included, so that each scope (and each rule's schema facts) is exercised. */
    @Test
    void relintWithEveryRuleEqualsAFullLint() {
        LintSettings all = settings;
        for (Rule rule : linter.rules()) {
            all = all.withRule(rule.id(), r -> r.withEnabled(true));
        }
        for (long seed = 0; seed < 600; seed++) {
            RandomSchemas random = new RandomSchemas(seed);
            Schema before = random.schema();
            LintResult previous = linter.lint(before, all);
            Schema after = random.edit(before);
            LintResult incremental = linter.relint(previous, before, after, all);
            LintResult full = linter.lint(after, all);
            assertEquals(full.findings(), incremental.findings(), "seed " + seed);
            assertEquals(full.failures(), incremental.failures(), "seed " + seed);
            assertEquals(full.staleWaivers(), incremental.staleWaivers(), "seed " + seed);
        }
    }

    /** Waivers and sources may change between edits: findings are re-stamped, never carried over stale. */
    @Test
    void relintWithOtherWaiversEqualsAFullLint() {
        for (long seed = 0; seed < 100; seed++) {
            RandomSchemas random = new RandomSchemas(seed);
            Schema before = random.schema();
            LintResult previous = linter.lint(before, settings);
            Schema after = random.edit(before);
            LintSettings waived = settings.withWaivers(previous.findings().stream().limit(2)
                    .map(f -> new Waiver(f.ruleId(), f.object(), "accepted", null, null)).toList());
            assertEquals(linter.lint(after, waived).findings(), linter.relint(previous, before, after, waived).findings(),
                    "seed " + seed);
            assertEquals(linter.lint(after, waived).staleWaivers(), linter.relint(previous, before, after, waived).staleWaivers(),
                    "seed " + seed);
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

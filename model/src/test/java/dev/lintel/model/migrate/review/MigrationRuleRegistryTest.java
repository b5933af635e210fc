package dev.lintel.model.migrate.review;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every migration rule is complete: a unique stable id, a doc with the five sections, bad/good fixtures. */
class MigrationRuleRegistryTest {
    static Stream<MigrationRule> rules() {
        return MigrationRuleRegistry.all().stream();
    }

    @Test
    void ruleIdsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (MigrationRule r : MigrationRuleRegistry.all()) {
            assertTrue(seen.add(r.id()), "duplicate rule id " + r.id());
        }
    }

    /** RULES.md's first set of migration-safety rules, all required. */
    @Test
    void everyRuleOfTheFirstSetIsRegistered() {
        Set<String> required = Set.of("mig-create-index-non-concurrent", "mig-drop-index-non-concurrent",
                "mig-concurrently-in-transaction", "mig-reindex-non-concurrent", "mig-add-unique-constraint",
                "mig-add-primary-key", "mig-pk-on-nullable-columns", "mig-add-check-without-not-valid",
                "mig-add-fk-without-not-valid", "mig-validate-same-transaction", "mig-set-not-null-scan",
                "mig-add-column-volatile-default", "mig-add-column-stored-generated",
                "mig-add-column-identity-or-serial", "mig-alter-column-type-rewrite", "mig-narrowing-type-change",
                "mig-drop-column", "mig-drop-table", "mig-rename-column", "mig-rename-table", "mig-add-required-column",
                "mig-add-unique-data-dependent", "mig-set-not-null-data-dependent", "mig-enum-add-value-ordering",
                "mig-enum-value-removal", "mig-fk-drop-locks-both-tables", "mig-multiple-fks-one-migration",
                "mig-statements-after-access-exclusive", "mig-truncate-cascade", "mig-refresh-matview-blocking",
                "mig-detach-partition-non-concurrent", "mig-attach-partition-scan", "mig-require-lock-timeout",
                "mig-require-statement-timeout", "mig-transaction-nesting", "mig-uncommitted-transaction",
                "mig-mixed-transactionality", "mig-uninspectable-sql");
        Set<String> registered = new HashSet<>();
        MigrationRuleRegistry.all().forEach(r -> registered.add(r.id()));
        assertEquals(required, registered);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void idIsKebabCaseWithTheMigPrefix(MigrationRule rule) {
        assertTrue(rule.id().matches("mig-[a-z0-9]+(-[a-z0-9]+)*"), rule.id());
    }

    @ParameterizedTest
    @MethodSource("rules")
    void ruleHasADocWithWhatWhyFixAndExamples(MigrationRule rule) throws IOException {
        String doc = resource(rule.docResource());
        assertTrue(doc.startsWith("# " + rule.id() + ": "), rule.id());
        for (String section : new String[] {"## What", "## Why it matters", "## How to fix", "## Bad", "## Good"}) {
            assertTrue(doc.contains(section), rule.id() + " doc lacks " + section);
        }
    }

    @ParameterizedTest
    @MethodSource("rules")
    void ruleHasBadAndGoodFixturesAndTheExpectedLines(MigrationRule rule) throws IOException {
        for (String file : new String[] {"bad.sql", "good.sql", "bad.expected"}) {
            assertFalse(resource("/migrate/" + rule.id() + "/" + file).isBlank(), rule.id() + " lacks " + file);
        }
    }

    static String resource(String path) throws IOException {
        try (InputStream in = MigrationRuleRegistryTest.class.getResourceAsStream(path)) {
            assertNotNull(in, "missing resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package dev.lintel.model.lint;

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

/** Every rule is complete: a unique stable id, a doc with the five sections, and bad/good fixtures. */
class RuleRegistryTest {
    static Stream<Rule> rules() {
        return RuleRegistry.all().stream();
    }

    @Test
    void ruleIdsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Rule r : RuleRegistry.all()) {
            assertTrue(seen.add(r.id()), "duplicate rule id " + r.id());
        }
    }

    @ParameterizedTest
    @MethodSource("rules")
    void idIsKebabCaseWithAFamilyPrefix(Rule rule) {
        assertTrue(rule.id().matches("(design|dialect)-[a-z0-9]+(-[a-z0-9]+)*"), rule.id());
    }

    @ParameterizedTest
    @MethodSource("rules")
    void ruleHasADocWithWhatWhyFixAndExamples(Rule rule) throws IOException {
        String doc = resource(rule.docResource());
        for (String section : new String[] {"## What", "## Why it matters", "## How to fix", "## Bad", "## Good"}) {
            assertTrue(doc.contains(section), rule.id() + " doc lacks " + section);
        }
    }

    @ParameterizedTest
    @MethodSource("rules")
    void ruleHasBadAndGoodFixturesAndTheExpectedFindings(Rule rule) throws IOException {
        for (String file : new String[] {"bad.sql", "good.sql", "bad.expected"}) {
            assertFalse(resource("/lint/" + rule.id() + "/" + file).isBlank(), rule.id() + " lacks " + file);
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = RuleRegistryTest.class.getResourceAsStream(path)) {
            assertNotNull(in, "missing resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

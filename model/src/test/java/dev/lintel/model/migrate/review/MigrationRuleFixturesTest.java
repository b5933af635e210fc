package dev.lintel.model.migrate.review;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Test cases are data: for every rule, {@code migrate/<id>/bad.sql} reviewed against the optional
 * {@code before.sql} raises the rule exactly on the lines listed in {@code bad.expected}, and
 * {@code good.sql} (the safe form) raises nothing of the rule.
 */
class MigrationRuleFixturesTest {
    static Stream<MigrationRule> rules() {
        return MigrationRuleRegistry.all().stream();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void badFixtureRaisesTheRuleOnExactlyTheExpectedLines(MigrationRule rule) throws IOException {
        List<Integer> expected = read(rule, "bad.expected").lines().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(Integer::valueOf).sorted().toList();
        assertEquals(expected, lines(rule, "bad.sql"), rule.id());
    }

    @ParameterizedTest
    @MethodSource("rules")
    void goodFixtureRaisesNothingOfTheRule(MigrationRule rule) throws IOException {
        assertEquals(List.of(), lines(rule, "good.sql"), rule.id());
    }

    private static List<Integer> lines(MigrationRule rule, String file) throws IOException {
        String before = readOptional(rule, "before.sql");
        MigrationReview review = new MigrationReviewer(List.of(rule)).reviewAgainstSql(read(rule, file), file, before);
        assertEquals(List.of(), review.failures());
        return review.findings().stream().map(f -> f.finding().location().line()).sorted().toList();
    }

    private static String read(MigrationRule rule, String file) throws IOException {
        String text = readOptional(rule, file);
        assertNotNull(text, "missing /migrate/" + rule.id() + "/" + file);
        return text;
    }

    private static String readOptional(MigrationRule rule, String file) throws IOException {
        try (InputStream in = MigrationRuleFixturesTest.class.getResourceAsStream("/migrate/" + rule.id() + "/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

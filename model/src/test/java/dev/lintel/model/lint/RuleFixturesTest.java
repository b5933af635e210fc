package dev.lintel.model.lint;

import static org.junit.jupiter.api.Assertions.*;

import dev.lintel.model.ddl.parse.DdlImportResult;
import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.dialect.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Test cases are data: for every rule, {@code lint/<id>/bad.sql} imported as PostgreSQL raises
 * exactly the objects listed in {@code bad.expected}, and {@code good.sql} raises nothing of the rule.
 */
class RuleFixturesTest {
    static Stream<Rule> rules() {
        return RuleRegistry.all().stream();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void badFixtureRaisesExactlyTheExpectedFindings(Rule rule) throws IOException {
        List<String> expected = read(rule, "bad.expected").lines().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        assertEquals(expected, lint(rule, "bad.sql").stream().sorted().toList(), rule.id());
    }

    @ParameterizedTest
    @MethodSource("rules")
    void goodFixtureRaisesNothingOfTheRule(Rule rule) throws IOException {
        assertEquals(List.of(), lint(rule, "good.sql"), rule.id());
    }

    private static List<String> lint(Rule rule, String file) throws IOException {
        DdlImportResult imported = new DdlImporter().importText(read(rule, file), file, Dialect.POSTGRES);
        LintSettings settings = LintSettings.defaults().withRule(rule.id(), r -> r.withEnabled(true))
                .withTargetDialect(targetDialect(rule));
        LintResult result = new Linter(List.of(rule)).lint(imported.schema(), imported.sourceMap(), settings);
        assertEquals(List.of(), result.failures());
        return result.findings().stream().map(f -> f.object().toString()).toList();
    }

    /** Dialect rules need a target other than PostgreSQL: an optional {@code target} file names it. */
    private static Dialect targetDialect(Rule rule) throws IOException {
        try (InputStream in = RuleFixturesTest.class.getResourceAsStream("/lint/" + rule.id() + "/target")) {
            return in == null ? Dialect.POSTGRES
                    : Dialect.fromId(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim()).orElseThrow();
        }
    }

    private static String read(Rule rule, String file) throws IOException {
        try (InputStream in = RuleFixturesTest.class.getResourceAsStream("/lint/" + rule.id() + "/" + file)) {
            assertNotNull(in, "missing /lint/" + rule.id() + "/" + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

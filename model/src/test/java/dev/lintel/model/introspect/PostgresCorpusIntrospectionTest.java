package dev.lintel.model.introspect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.ddl.roundtrip.RoundTripHarness;
import dev.lintel.model.testing.Corpus;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Live introspection on every PostgreSQL corpus file: the ORIGINAL file is loaded into a fresh
 * database (as its truth was made), introspected, rendered by Lintel, loaded into another fresh
 * database, and that catalog must hold 100% of the truth file's facts.
 */
class PostgresCorpusIntrospectionTest {

    static Stream<Named<Path>> corpusFiles() {
        if (!Corpus.isAvailable()) {
            return Stream.of(Named.of("no corpus", null)); // one invocation that skips, with the reason
        }
        return Corpus.files(Corpus.Dialect.POSTGRESQL).stream().map(f -> Named.of(Corpus.nameOf(f), f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void introspectedSchemaRoundTripsEveryFactOfTheTruth(Path file) throws Exception {
        Corpus.assumeAvailable();
        RoundTripHarness.Outcome outcome = RoundTripHarness.introspectedPostgres(file);
        System.out.println("introspected " + outcome.report(30) + " [" + outcome.imported().statementCount() + " queries]");
        assertTrue(outcome.comparison().isPerfect(), outcome.report(30));
    }
}

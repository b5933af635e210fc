package dev.lintel.model.ddl.roundtrip;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.testing.Corpus;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lintel's PostgreSQL round trip on every PostgreSQL corpus file: import, render, load into a
 * fresh database, and the catalog must hold 100% of the truth file's facts. The oracle itself is
 * proven by {@link CorpusTruthSelfCheckTest}, so a missing fact here is Lintel's.
 */
class PostgresCorpusRoundTripTest {

    static Stream<Named<Path>> corpusFiles() {
        if (!Corpus.isAvailable()) {
            return Stream.of(Named.of("no corpus", null)); // one invocation that skips, with the reason
        }
        return Corpus.files(Corpus.Dialect.POSTGRESQL).stream().map(f -> Named.of(Corpus.nameOf(f), f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void roundTripKeepsEveryFactOfTheTruth(Path file) throws Exception {
        Corpus.assumeAvailable();
        RoundTripHarness.Outcome outcome = RoundTripHarness.postgres(file);
        System.out.println(outcome.report(30));
        assertTrue(outcome.comparison().isPerfect(), outcome.report(30));
    }
}

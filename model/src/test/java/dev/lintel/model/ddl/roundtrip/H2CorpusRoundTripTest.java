package dev.lintel.model.ddl.roundtrip;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.testing.Corpus;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lintel's H2 round trip on every H2 corpus file: the database built from Lintel's import and H2
 * export must have every fact of the database built from the original file.
 */
class H2CorpusRoundTripTest {

    static Stream<Named<Path>> corpusFiles() {
        if (!Corpus.isAvailable()) {
            return Stream.of(Named.of("no corpus", null)); // one invocation that skips, with the reason
        }
        return Corpus.files(Corpus.Dialect.H2).stream().map(f -> Named.of(Corpus.nameOf(f), f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void roundTripKeepsEveryFactOfTheOriginal(Path file) throws Exception {
        Corpus.assumeAvailable();
        RoundTripHarness.Outcome outcome = RoundTripHarness.h2(file);
        System.out.println(outcome.report(30));
        assertTrue(outcome.comparison().isPerfect(), outcome.report(30));
    }
}

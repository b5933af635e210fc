package dev.lintel.model.ddl.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lintel.model.testing.CatalogComparison;
import dev.lintel.model.testing.CatalogSnapshot;
import dev.lintel.model.testing.Corpus;
import dev.lintel.model.testing.PostgresServer;
import dev.lintel.model.testing.ScriptError;
import dev.lintel.model.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves the oracle: every original PostgreSQL corpus file, loaded the way its truth file was
 * made (psql, ON_ERROR_STOP off, fresh database), must snapshot to 100% of the truth's facts.
 * If this fails, the server set-up or {@link CatalogSnapshot} is wrong, not Lintel.
 */
class CorpusTruthSelfCheckTest {

    @Test
    void everyCorpusFileLoadedAsIsMatchesItsTruthFactForFact() throws Exception {
        Corpus.assumeAvailable();
        List<Path> files = Corpus.files(Corpus.Dialect.POSTGRESQL);
        assertFalse(files.isEmpty(), "the corpus has PostgreSQL files");
        PostgresServer server = PostgresServer.shared();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (Path file : files) {
            String name = Corpus.nameOf(file);
            long fileStart = System.nanoTime();
            try (TestDatabase db = server.createDatabase("truth_" + name)) {
                List<ScriptError> errors = db.executeScriptFile(file, false);
                JsonNode truth = CatalogSnapshot.read(Corpus.truthFor(file));
                ObjectNode actual;
                try (Connection c = db.connect()) {
                    actual = CatalogSnapshot.take(c, "corpus/postgresql/" + file.getFileName());
                }
                CatalogComparison comparison = CatalogComparison.compare(truth, actual);
                System.out.printf("%s: %d/%d facts (%d load errors, %d ms)%n", name, comparison.matchedFacts(),
                        comparison.totalFacts(), errors.size(), (System.nanoTime() - fileStart) / 1_000_000);
                if (!comparison.isPerfect()) {
                    failures.add(name + ": " + comparison.report(30));
                }
                if (Boolean.getBoolean("lintel.dumpSnapshots")) { // to diff by hand against the truth file
                    Files.writeString(Path.of("target", name + ".snapshot.json"), CatalogSnapshot.toJson(actual));
                }
                if (!truth.get("summary").equals(actual.get("summary"))) {
                    failures.add(name + ": summary expected " + truth.get("summary") + " got " + actual.get("summary"));
                }
            }
        }
        System.out.printf("corpus truth self-check: %d files in %d ms%n", files.size(),
                (System.nanoTime() - started) / 1_000_000);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}

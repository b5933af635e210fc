package dev.lintel.model.ddl.roundtrip;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lintel.model.testing.CatalogComparison;
import dev.lintel.model.testing.Corpus;
import dev.lintel.model.testing.H2CatalogSnapshot;
import dev.lintel.model.testing.H2Databases;
import dev.lintel.model.testing.ScriptError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The H2 oracle's own check (H2 has no truth files): each H2 corpus file loads without errors,
 * yields a non-trivial snapshot, and loading it into a second database snapshots identically
 * (so nothing order- or instance-dependent, like H2's made-up constraint names, leaks into facts).
 */
class H2CorpusSnapshotSelfCheckTest {

    @Test
    void everyH2CorpusFileSnapshotsStablyAcrossDatabases() throws Exception {
        Corpus.assumeAvailable();
        List<Path> files = Corpus.files(Corpus.Dialect.H2);
        assertFalse(files.isEmpty(), "the corpus has H2 files");
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            String sql = Files.readString(file);
            ObjectNode first = load(file, sql, failures);
            ObjectNode second = load(file, sql, failures);
            CatalogComparison comparison = CatalogComparison.compare(first, second);
            System.out.printf("h2 %s: %d/%d facts, %d tables%n", Corpus.nameOf(file), comparison.matchedFacts(),
                    comparison.totalFacts(), first.get("tables").size());
            if (!comparison.isPerfect() || first.get("tables").isEmpty()) {
                failures.add(Corpus.nameOf(file) + ": " + comparison.report(30));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static ObjectNode load(Path file, String sql, List<String> failures) throws Exception {
        try (H2Databases.Database db = H2Databases.create("h2_" + Corpus.nameOf(file));
             Connection c = db.connect()) {
            List<ScriptError> errors = H2Databases.executeScript(c, sql, false);
            if (!errors.isEmpty()) {
                failures.add(Corpus.nameOf(file) + " load errors: " + errors);
            }
            return H2CatalogSnapshot.take(c, "corpus/h2/" + file.getFileName());
        }
    }
}

package dev.lintel.model.ddl.parse;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of statements from the corpus, mutated (truncated, tokens shuffled, random bytes
 * spliced in) with a fixed seed: the importer must neither throw nor hang, and every
 * diagnostic must carry a location. Each JSqlParser call is bounded by the importer itself,
 * so the run as a whole is bounded too; the test asserts no timings.
 */
class DdlImporterFuzzTest {
    private static final int MUTANTS = 3_000;

    @Test
    void mutatedCorpusStatementsNeverThrowAndAlwaysLocateDiagnostics() throws IOException {
        List<String> statements = new ArrayList<>();
        for (String folder : List.of("postgresql", "mysql", "h2")) {
            for (Path file : Corpus.files(folder)) {
                String text = DdlImporter.decode(Files.readAllBytes(file));
                StatementSplitter.split(text, Dialect.POSTGRES).forEach(s -> statements.add(s.text()));
            }
        }
        Random random = new Random(20240607L);
        DdlImporter importer = new DdlImporter();
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < MUTANTS; i++) {
            String original = statements.get(random.nextInt(statements.size()));
            batch.append(mutate(original, random)).append(";\n");
            if (i % 100 == 99) {
                Dialect dialect = Dialect.values()[random.nextInt(3)];
                check(importer.importText(batch.toString(), "fuzz.sql", random.nextBoolean() ? dialect : null));
                batch.setLength(0);
            }
        }
    }

    private static void check(DdlImportResult result) {
        assertNotNull(result.schema());
        for (Diagnostic d : result.diagnostics()) {
            assertNotNull(d.location(), () -> "diagnostic without location: " + d);
            assertTrue(d.location().line() >= 1, () -> "bad line: " + d);
        }
    }

    private static String mutate(String sql, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> sql.substring(0, random.nextInt(sql.length() + 1));
            case 1 -> shuffleTokens(sql, random);
            case 2 -> spliceRandomChars(sql, random);
            default -> sql.substring(random.nextInt(sql.length() + 1));
        };
    }

    private static String shuffleTokens(String sql, Random random) {
        List<String> words = new ArrayList<>(List.of(sql.split("\\s+")));
        int swaps = 1 + random.nextInt(4);
        for (int i = 0; i < swaps && words.size() > 1; i++) {
            Collections.swap(words, random.nextInt(words.size()), random.nextInt(words.size()));
        }
        return String.join(" ", words);
    }

    private static String spliceRandomChars(String sql, Random random) {
        StringBuilder sb = new StringBuilder(sql);
        String nasty = "'\"`$(),;:/*-\\\u0000\uFFFD\n";
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
            char c = random.nextBoolean() ? nasty.charAt(random.nextInt(nasty.length())) : (char) random.nextInt(0x3000);
            sb.insert(random.nextInt(sb.length() + 1), c);
        }
        return sb.toString();
    }
}

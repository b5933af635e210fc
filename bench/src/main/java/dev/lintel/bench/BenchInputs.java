package dev.lintel.bench;

import dev.lintel.model.ddl.render.DdlRenderer;
import dev.lintel.model.ddl.render.RenderOptions;
import dev.lintel.model.dialect.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Inputs shared by benchmarks: generated pg_dump-style DDL and the corpus's largest file. */
final class BenchInputs {
    private BenchInputs() {
    }

    /** PostgreSQL DDL for a generated schema: CREATE TABLE, then FKs as ALTER TABLE, then indexes (pg_dump's shape). */
    static String generatedDdl(int tables) {
        return new DdlRenderer().render(GeneratedSchemas.tables(tables), Dialect.POSTGRES,
                RenderOptions.defaults().withHeaderComment(false)).sql();
    }

    /** The largest PostgreSQL file of {@code shared/corpus} (found like the tests do, or via -Dlintel.corpus). */
    static Path largestCorpusFile() {
        Path corpus = corpusRoot();
        try (Stream<Path> files = Files.list(corpus.resolve("postgresql"))) {
            return files.filter(p -> p.toString().endsWith(".sql"))
                    .max(Comparator.comparingLong(BenchInputs::size))
                    .orElseThrow(() -> new IllegalStateException("no .sql files in " + corpus));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path corpusRoot() {
        String configured = System.getProperty("lintel.corpus");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/corpus not found above " + Path.of("").toAbsolutePath()
                + "; pass -Dlintel.corpus=/path/to/corpus");
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

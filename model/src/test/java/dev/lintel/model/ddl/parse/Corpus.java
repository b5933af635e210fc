package dev.lintel.model.ddl.parse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the shared corpus: {@code -Dlintel.corpus=...}, or a {@code shared/corpus} folder above the working directory. */
public final class Corpus {
    private Corpus() {
    }

    public static Path root() {
        String property = System.getProperty("lintel.corpus");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The corpus root, or the test is skipped (only) because the corpus is absent. */
    public static Path require() {
        Path root = root();
        assumeTrue(root != null, "corpus not found: set -Dlintel.corpus or run below a folder holding shared/corpus");
        return root;
    }

    static List<Path> files(String dialectFolder) {
        Path dir = require().resolve(dialectFolder);
        assumeTrue(Files.isDirectory(dir), "corpus folder missing: " + dir);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

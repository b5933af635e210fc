package dev.lintel.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared schema corpus ({@code shared/corpus}: real public DDL per dialect plus PostgreSQL
 * truth files). Found through {@code -Dlintel.corpus=DIR}, else by walking up from the working
 * directory to a folder holding {@code shared/corpus} (the repository sits beside {@code shared/}).
 * A fresh clone without it must still pass: tests call {@link #assumeAvailable()} to skip.
 */
public final class Corpus {
    public static final String MISSING = "schema corpus not found: expected a folder shared/corpus above the working "
            + "directory, or -Dlintel.corpus=/path/to/shared/corpus (see shared/corpus/SOURCES.md)";

    /** The dialect folders of the corpus. */
    public enum Dialect {
        POSTGRESQL("postgresql"), MYSQL("mysql"), H2("h2");

        private final String folder;

        Dialect(String folder) {
            this.folder = folder;
        }

        public String folder() {
            return folder;
        }
    }

    private Corpus() {
    }

    /** The corpus root ({@code .../shared/corpus}), if there is one. */
    public static Optional<Path> root() {
        String property = System.getProperty("lintel.corpus");
        if (property != null && !property.isBlank()) {
            Path p = Path.of(property).toAbsolutePath();
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static boolean isAvailable() {
        return root().isPresent();
    }

    /** Skips the calling test (JUnit assumption) when there is no corpus; returns its root otherwise. */
    public static Path assumeAvailable() {
        Optional<Path> root = root();
        Assumptions.assumeTrue(root.isPresent(), MISSING);
        return root.get();
    }

    /** The {@code .sql} files of one dialect, sorted by name; empty when there is no corpus. */
    public static List<Path> files(Dialect dialect) {
        return files(dialect.folder());
    }

    /** The {@code .sql} files of one corpus folder ({@code postgresql}, {@code mysql}, {@code h2}), sorted; empty without a corpus. */
    public static List<Path> files(String folder) {
        Optional<Path> root = root();
        if (root.isEmpty() || !Files.isDirectory(root.get().resolve(folder))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(root.get().resolve(folder))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A corpus file's name without {@code .sql}: {@code pagila}. */
    public static String nameOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".sql") ? name.substring(0, name.length() - 4) : name;
    }

    /** The truth JSON of a PostgreSQL corpus file: {@code truth/<name>.json}. */
    public static Path truthFor(Path postgresFile) {
        return postgresFile.toAbsolutePath().getParent().getParent().resolve("truth")
                .resolve(nameOf(postgresFile) + ".json");
    }
}

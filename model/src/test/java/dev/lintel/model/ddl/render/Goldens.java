package dev.lintel.model.ddl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a golden file under {@code src/test/resources}; with
 * {@code -Dlintel.updateGoldens=true} rewrites the golden instead, so a deliberate output change is
 * one command plus a reviewed diff.
 */
public final class Goldens {
    private static final Path RESOURCES = Path.of("src", "test", "resources");

    private Goldens() {
    }

    /** @param resource path below src/test/resources, e.g. {@code ddl/render/sample.postgres.sql} */
    public static void assertMatches(String resource, String actual) {
        Path file = RESOURCES.resolve(resource);
        try {
            if (Boolean.getBoolean("lintel.updateGoldens")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                throw new AssertionError("golden " + file.toAbsolutePath() + " is missing; run with -Dlintel.updateGoldens=true");
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            assertEquals(expected, actual, "differs from golden " + resource
                    + " (rerun with -Dlintel.updateGoldens=true to accept)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

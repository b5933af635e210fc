package dev.lintel.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * Golden files: expected outputs kept under {@code src/test/resources} of the module that runs
 * the test. {@link #assertMatches(String, String)} compares; with {@code -Dlintel.updateGoldens=true}
 * it (re)writes the file instead and passes, so a deliberate output change is one run plus a
 * reviewed diff. Line endings are normalised to LF on both sides.
 */
public final class Goldens {
    public static final String UPDATE_PROPERTY = "lintel.updateGoldens";
    private static final int CONTEXT_LINES = 3;
    private static final int MAX_DIFF_LINES = 40;

    private Goldens() {
    }

    /** Whether this run rewrites goldens instead of comparing. */
    public static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    /**
     * @param relativePath path under {@code src/test/resources}, e.g. {@code render/pagila.sql}
     * @param actual what the code under test produced
     */
    public static void assertMatches(String relativePath, String actual) {
        assertMatches(resourcesRoot().resolve(relativePath), actual);
    }

    public static void assertMatches(Path golden, String actual) {
        String normalized = normalize(actual);
        try {
            if (updating()) {
                Files.createDirectories(golden.toAbsolutePath().getParent());
                Files.writeString(golden, normalized, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(golden)) {
                throw new AssertionFailedError("golden file " + golden + " does not exist; run with -D"
                        + UPDATE_PROPERTY + "=true to create it, then review it");
            }
            String expected = normalize(Files.readString(golden, StandardCharsets.UTF_8));
            if (!expected.equals(normalized)) {
                throw new AssertionFailedError("output differs from golden " + golden + " (rerun with -D"
                        + UPDATE_PROPERTY + "=true to accept):\n" + diff(expected, normalized), expected, normalized);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code src/test/resources} of the module the test runs in (Maven runs tests from the module folder). */
    public static Path resourcesRoot() {
        return Path.of("src", "test", "resources").toAbsolutePath();
    }

    /**
     * A unified-style excerpt around the first differing line: a few common lines, then the
     * expected ({@code -}) and actual ({@code +}) lines up to where they agree again (bounded).
     */
    static String diff(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int first = 0;
        while (first < e.size() && first < a.size() && e.get(first).equals(a.get(first))) {
            first++;
        }
        int endE = e.size();
        int endA = a.size();
        while (endE > first && endA > first && e.get(endE - 1).equals(a.get(endA - 1))) {
            endE--;
            endA--;
        }
        StringBuilder sb = new StringBuilder("@@ first difference at line " + (first + 1) + " @@\n");
        for (int i = Math.max(0, first - CONTEXT_LINES); i < first; i++) {
            sb.append("  ").append(e.get(i)).append('\n');
        }
        int shown = 0;
        for (int i = first; i < endE && shown < MAX_DIFF_LINES; i++, shown++) {
            sb.append("- ").append(e.get(i)).append('\n');
        }
        for (int i = first; i < endA && shown < 2 * MAX_DIFF_LINES; i++, shown++) {
            sb.append("+ ").append(a.get(i)).append('\n');
        }
        if ((endE - first) + (endA - first) > shown) {
            sb.append("... (").append((endE - first) + (endA - first) - shown).append(" more differing lines)\n");
        }
        return sb.toString();
    }

    private static String normalize(String text) {
        return text.replace("\r\n", "\n");
    }
}

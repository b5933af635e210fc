package dev.lintel.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** Each test sets the update switch itself, so a whole-suite run with the switch on still tests comparing. */
class GoldensTest {

    @Test
    void passesOnEqualTextIgnoringLineEndings(@TempDir Path dir) throws Exception {
        Path golden = dir.resolve("a.txt");
        Files.writeString(golden, "one\r\ntwo\r\n");
        withUpdateSwitch("false", () -> Goldens.assertMatches(golden, "one\ntwo\n"));
    }

    @Test
    void failureShowsTheFirstDifferingLinesWithContext(@TempDir Path dir) throws Exception {
        Path golden = dir.resolve("b.txt");
        Files.writeString(golden, "a\nb\nc\nd\ne\nf\n");

        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> withUpdateSwitch("false", () -> Goldens.assertMatches(golden, "a\nb\nc\nd\nX\nf\n")));

        assertTrue(error.getMessage().endsWith("""
                @@ first difference at line 5 @@
                  b
                  c
                  d
                - e
                + X
                """), error.getMessage());
    }

    @Test
    void aMissingGoldenFailsWithHowToCreateIt(@TempDir Path dir) {
        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> withUpdateSwitch("false", () -> Goldens.assertMatches(dir.resolve("none.txt"), "x")));
        assertTrue(error.getMessage().contains("-Dlintel.updateGoldens=true"), error.getMessage());
    }

    @Test
    void updateModeWritesTheGoldenInsteadOfComparing(@TempDir Path dir) throws Exception {
        Path golden = dir.resolve("sub").resolve("c.txt");
        withUpdateSwitch("true", () -> Goldens.assertMatches(golden, "new\r\ncontent\n"));
        assertEquals("new\ncontent\n", Files.readString(golden));
    }

    private static void withUpdateSwitch(String value, Runnable body) {
        String previous = System.getProperty(Goldens.UPDATE_PROPERTY);
        System.setProperty(Goldens.UPDATE_PROPERTY, value);
        try {
            body.run();
        } finally {
            if (previous == null) {
                System.clearProperty(Goldens.UPDATE_PROPERTY);
            } else {
                System.setProperty(Goldens.UPDATE_PROPERTY, previous);
            }
        }
    }
}

package dev.lintel.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The classes preloaded while the toolkit starts: loaded and not initialised, and the list still fits the jar. */
class StartupClassesTest {

    /** Sets {@link #initialised} from its static initialiser. */
    static final class Probe {
        static {
            StartupClassesTest.initialised = true;
        }
    }

    static volatile boolean initialised;

    @Test
    void loadsTheListedClassesWithoutInitialisingThemAndSkipsUnknownNames() throws Exception {
        String list = "# a comment\n\n" + StartupClassesTest.class.getName() + "$Probe\njava.lang.String\ndev.lintel.NoSuchClass\n";
        ClassLoader loader = StartupClassesTest.class.getClassLoader();

        int loaded = StartupClasses.load(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)), loader);

        assertEquals(2, loaded, "Probe and String; the unknown name skipped");
        assertFalse(initialised, "loaded, not initialised: no static initialiser ran");
        Class.forName(StartupClassesTest.class.getName() + "$Probe", true, loader);
        assertTrue(initialised, "its initialiser runs at first use, on the thread that uses it");
    }

    @Test
    void theListStillNamesTheJarsClasses() throws IOException {
        int listed = 0;
        int found;
        try (InputStream in = StartupClasses.class.getResourceAsStream(StartupClasses.LIST)) {
            assertNotNull(in, StartupClasses.LIST);
            byte[] bytes = in.readAllBytes();
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    listed++;
                }
            }
            found = StartupClasses.load(new ByteArrayInputStream(bytes), StartupClassesTest.class.getClassLoader());
        }
        assertTrue(listed > 1000, "the window's start-up classes: " + listed);
        assertTrue(found >= listed * 0.9, found + " of " + listed + " listed classes exist: run scripts/startup-classes.sh");
    }
}

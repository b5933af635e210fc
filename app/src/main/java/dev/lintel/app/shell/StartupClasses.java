package dev.lintel.app.shell;

import dev.lintel.app.task.EarlyStart;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads the classes the window's start-up needs, in the order it needs them, on a thread of its
 * own while the JavaFX toolkit starts, so that the UI thread finds most of them already read from
 * the jar and defined (some 3,400, JavaFX's own for the most part: a fifth of its work before the
 * first usable frame). Loading only: no class is initialised here, so no static initialiser runs
 * off the UI thread. The list is {@value #LIST}, made by {@code scripts/startup-classes.sh} from a
 * training run; names no longer in the jar are skipped. The packaged app maps these classes from
 * its AppCDS archive instead, where loading them again costs next to nothing.
 */
final class StartupClasses {
    static final String LIST = "/dev/lintel/app/startup-classes.txt";

    private StartupClasses() {
    }

    /** Starts the preload, unless {@code -Dlintel.preloadClasses=false} (the training run); returns at once. */
    static void preload() {
        if ("false".equals(System.getProperty("lintel.preloadClasses"))) {
            return;
        }
        EarlyStart.run("lintel-class-preload", () -> {
            try (InputStream in = StartupClasses.class.getResourceAsStream(LIST)) {
                return in == null ? 0 : load(in, StartupClasses.class.getClassLoader());
            }
        });
    }

    /** Loads, without initialising, each class named in {@code list} (one a line, '#' comments); returns how many were found. */
    static int load(InputStream list, ClassLoader loader) throws IOException {
        int loaded = 0;
        BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8));
        for (String name = lines.readLine(); name != null; name = lines.readLine()) {
            name = name.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError gone) {
                // Renamed or removed since the list was made: it just is not preloaded.
            }
        }
        return loaded;
    }
}

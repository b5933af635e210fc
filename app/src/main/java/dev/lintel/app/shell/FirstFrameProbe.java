package dev.lintel.app.shell;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up measurement hook for the time-to-first-frame benchmark (bench/ {@code FirstFrameBench}).
 * When the system property {@code lintel.exitAfterFirstFrame} or the environment variable
 * {@code LINTEL_EXIT_AFTER_FIRST_FRAME} is set, the app prints {@code lintel-first-frame <epoch ms>}
 * once the first pulse after the stage was shown has laid out and rendered the scene, then exits.
 * The environment variable exists for the packaged launcher, whose JVM options are fixed.
 */
final class FirstFrameProbe {
    static final String PROPERTY = "lintel.exitAfterFirstFrame";
    static final String ENV = "LINTEL_EXIT_AFTER_FIRST_FRAME";
    static final String MARKER = "lintel-first-frame";

    private FirstFrameProbe() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY) || System.getenv(ENV) != null;
    }

    /** Call after {@code stage.show()}: the next pulse draws the first frame. */
    static void exitAfterFirstFrame(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // The post-layout listener runs before this pulse renders; runLater runs after it.
            Platform.runLater(() -> {
                System.out.println(MARKER + " " + System.currentTimeMillis());
                System.out.flush();
                Platform.exit();
                System.exit(0);
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}

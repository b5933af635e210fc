package dev.lintel.app.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.scene.Scene;

/**
 * Start-up measurement hook for the time-to-first-frame benchmark (bench/ {@code FirstFrameBench}).
 * When the system property {@code lintel.exitAfterFirstFrame} or the environment variable
 * {@code LINTEL_EXIT_AFTER_FIRST_FRAME} is set, the app prints one line per start-up stage, each
 * once the first pulse in which the stage is reached has laid out and rendered the scene, then exits:
 * <ul>
 * <li>{@code lintel-window-frame <epoch ms>}: the window's first frame (menus, panes, an empty canvas);</li>
 * <li>{@code lintel-first-frame <epoch ms>}: the first frame with the opened design's cards on the
 *     canvas: the usable window;</li>
 * <li>{@code lintel-findings-frame <epoch ms>}: the first frame with the lint's findings on the cards.</li>
 * </ul>
 * On Linux each line ends with the process's CPU time so far, in ms (a read of {@code /proc}, in
 * this measuring mode only). The environment variable exists for the packaged launcher, whose JVM
 * options are fixed.
 */
final class FirstFrameProbe {
    static final String PROPERTY = "lintel.exitAfterFirstFrame";
    static final String ENV = "LINTEL_EXIT_AFTER_FIRST_FRAME";
    static final String WINDOW_MARKER = "lintel-window-frame";
    static final String MARKER = "lintel-first-frame";
    static final String FINDINGS_MARKER = "lintel-findings-frame";

    private record Stage(String marker, BooleanSupplier reached) {
    }

    private FirstFrameProbe() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY) || System.getenv(ENV) != null;
    }

    /**
     * Call before {@code stage.show()}. {@code cardsShown} and {@code findingsShown} tell whether
     * the canvas shows the design's cards and their findings; a change of any of {@code watched}
     * asks for a pulse, in which they are checked.
     */
    static void install(Scene scene, BooleanSupplier cardsShown, BooleanSupplier findingsShown, Observable... watched) {
        Deque<Stage> stages = new ArrayDeque<>();
        stages.add(new Stage(WINDOW_MARKER, () -> scene.getWindow() != null && scene.getWindow().isShowing()));
        stages.add(new Stage(MARKER, cardsShown));
        stages.add(new Stage(FINDINGS_MARKER, () -> cardsShown.getAsBoolean() && findingsShown.getAsBoolean()));
        for (Observable o : watched) {
            o.addListener(x -> Platform.requestNextPulse());
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            // Stages reached in this pulse are drawn by it: the post-layout listener runs before the
            // pulse renders, runLater after it.
            StringBuilder reached = new StringBuilder();
            while (!stages.isEmpty() && stages.peekFirst().reached().getAsBoolean()) {
                reached.append(stages.removeFirst().marker()).append('\n');
            }
            boolean last = stages.isEmpty();
            if (last) {
                scene.removePostLayoutPulseListener(listener[0]);
            }
            if (reached.length() > 0) {
                Platform.runLater(() -> {
                    long now = System.currentTimeMillis();
                    long cpu = cpuMillis();
                    reached.toString().lines().forEach(m -> System.out.println(m + " " + now + (cpu < 0 ? "" : " " + cpu)));
                    System.out.flush();
                    if (last) {
                        Platform.exit();
                        System.exit(0);
                    }
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /**
     * CPU time of the whole process so far (every thread, user and system), from Linux's
     * {@code /proc/self/stat} in clock ticks of 10 ms; -1 elsewhere. Less sensitive than the wall
     * clock to the other work on a shared machine.
     */
    static long cpuMillis() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            // Fields after the command name, which is in parentheses and may hold spaces: state is
            // the first, utime and stime the 12th and 13th.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }
}

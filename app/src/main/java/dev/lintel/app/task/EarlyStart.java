package dev.lintel.app.task;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * Start-up work beside the window's own: begun before the window exists, while the JavaFX toolkit
 * starts (about a second in which the second core has little to do), or work of the window's that
 * must not queue on the {@link TaskExecutor} before what the first frames need. Each call runs on
 * a daemon thread of its own, so it never keeps the JVM alive, and hands its outcome over as a
 * future (completed on that thread: hand it to the UI thread yourself).
 */
public final class EarlyStart {
    private EarlyStart() {
    }

    /** Starts {@code work} on a new daemon thread named {@code name}; the future completes with its result or failure. */
    public static <T> CompletableFuture<T> run(String name, Callable<T> work) {
        CompletableFuture<T> outcome = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                outcome.complete(work.call());
            } catch (Throwable e) {
                outcome.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return outcome;
    }
}

package dev.lintel.app.task;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * Work begun before the window exists, while the JavaFX toolkit starts (about a second in which
 * the second core has nothing to do): each call runs on a daemon thread of its own, so it never
 * keeps the JVM alive, and hands its outcome over as a future. Nothing here touches JavaFX.
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

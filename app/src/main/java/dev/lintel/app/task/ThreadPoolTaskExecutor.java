package dev.lintel.app.task;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * The real executor: a small pool of daemon worker threads (daemon, so a stuck parse never keeps
 * the JVM alive after the window closes), with outcomes handed to {@code uiThread}.
 */
public final class ThreadPoolTaskExecutor implements TaskExecutor {
    private final ExecutorService workers;
    private final Executor uiThread;

    public ThreadPoolTaskExecutor(int threads, Executor uiThread) {
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.workers = Executors.newFixedThreadPool(threads, daemonThreads());
    }

    /** For the window: outcomes delivered on the JavaFX application thread. */
    public static ThreadPoolTaskExecutor forJavaFx() {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1));
        return new ThreadPoolTaskExecutor(threads, Platform::runLater);
    }

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        TaskRun<T> run = new TaskRun<>(task, uiThread);
        try {
            run.attach(workers.submit(run::execute));
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // The window closed while a debounced task (a live lint, an autosave) was due: it is
            // reported cancelled instead of throwing on the UI thread.
            run.attach(new java.util.concurrent.CompletableFuture<Void>());
            run.cancel();
        }
        return run;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, "lintel-worker-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

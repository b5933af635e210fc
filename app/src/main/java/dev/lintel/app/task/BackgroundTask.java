package dev.lintel.app.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A unit of background work and what to do with its outcome. The work runs on a worker thread;
 * every callback ({@code onProgress}, {@code onSuccess}, {@code onFailure}, {@code onCancelled},
 * {@code onFinished}) runs on the UI thread, so callbacks may touch JavaFX properties directly.
 *
 * <pre>{@code
 * executor.submit(BackgroundTask.of("Importing sample.sql", ctx -> importer.importText(sql))
 *         .onSuccess(result -> schema.set(result.schema()))
 *         .onFailure(error -> status.set(error.getMessage())));
 * }</pre>
 */
public final class BackgroundTask<T> {

    /** A progress report: {@code fraction} in [0, 1], or negative when indeterminate. */
    public record Progress(double fraction, String message) {
    }

    private final String title;
    private final TaskWork<T> work;
    private Consumer<Progress> onProgress = p -> { };
    private Consumer<T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(String title, TaskWork<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> of(String title, TaskWork<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onProgress(Consumer<Progress> handler) {
        this.onProgress = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs after success, failure or cancellation: the place to clear a busy indicator. */
    public BackgroundTask<T> onFinished(Runnable handler) {
        this.onFinished = Objects.requireNonNull(handler);
        return this;
    }

    public String title() {
        return title;
    }

    // Used by executors -----------------------------------------------------------------------

    T runWork(TaskContext context) throws Exception {
        return work.run(context);
    }

    void deliverProgress(Progress progress) {
        onProgress.accept(progress);
    }

    void deliverSuccess(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            onFinished.run();
        }
    }

    void deliverFailure(Throwable error) {
        try {
            onFailure.accept(error);
        } finally {
            onFinished.run();
        }
    }

    void deliverCancelled() {
        try {
            onCancelled.run();
        } finally {
            onFinished.run();
        }
    }
}

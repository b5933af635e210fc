package dev.lintel.app.task;

/**
 * Runs background work off the UI thread and brings its outcome back to it. View-models get one
 * injected, so the window uses {@link ThreadPoolTaskExecutor} and tests use
 * {@link CurrentThreadTaskExecutor} without any change in the view-model.
 */
public interface TaskExecutor extends AutoCloseable {

    <T> TaskHandle submit(BackgroundTask<T> task);

    /** Cancels running work and releases the threads; further submissions are refused. */
    @Override
    void close();
}

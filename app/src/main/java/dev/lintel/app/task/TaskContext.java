package dev.lintel.app.task;

/**
 * What a running {@link BackgroundTask} sees of its executor: progress and message reporting,
 * and the cancellation flag it should check between units of work.
 */
public interface TaskContext {
    /** Reports progress; {@code total <= 0} means indeterminate. Delivered to the UI thread. */
    void updateProgress(long done, long total);

    void updateMessage(String message);

    boolean isCancelled();
}

package dev.lintel.app.task;

/** A submitted task, as its submitter sees it. */
public interface TaskHandle {
    /**
     * Asks the task to stop. The work sees {@link TaskContext#isCancelled()} and its thread is
     * interrupted; {@code onCancelled} is then delivered instead of success or failure.
     */
    void cancel();

    boolean isCancelled();

    /** True once the outcome has been delivered (success, failure or cancellation). */
    boolean isDone();
}

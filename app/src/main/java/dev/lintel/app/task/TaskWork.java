package dev.lintel.app.task;

/** The body of a background task: runs off the UI thread, may throw, returns its result. */
@FunctionalInterface
public interface TaskWork<T> {
    T run(TaskContext context) throws Exception;
}

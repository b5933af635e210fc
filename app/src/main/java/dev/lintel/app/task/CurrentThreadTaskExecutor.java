package dev.lintel.app.task;

import java.util.concurrent.Executor;

/**
 * Runs each task to completion inside {@link #submit}, on the caller's thread, and delivers
 * callbacks there too. For tests: a view-model command has finished, outcome included, when the
 * call returns, so assertions need no waiting.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final Executor sameThread = Runnable::run;

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        TaskRun<T> run = new TaskRun<>(task, sameThread);
        run.execute();
        return run;
    }

    @Override
    public void close() {
        // nothing to release
    }
}

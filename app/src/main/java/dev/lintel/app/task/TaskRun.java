package dev.lintel.app.task;

import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One execution of a {@link BackgroundTask}: the context its work sees, the handle its submitter
 * holds, and the rule that exactly one outcome is delivered, through {@code uiThread}.
 */
final class TaskRun<T> implements TaskContext, TaskHandle {
    private final BackgroundTask<T> task;
    private final Executor uiThread;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean outcomeSent = new AtomicBoolean();
    private volatile boolean done;
    private volatile Future<?> future;
    private volatile double fraction = -1;
    private volatile String message;

    TaskRun(BackgroundTask<T> task, Executor uiThread) {
        this.task = task;
        this.uiThread = uiThread;
    }

    void attach(Future<?> future) {
        this.future = future;
    }

    /** The worker's body: runs the work, then delivers its outcome unless one was already sent. */
    void execute() {
        if (cancelled.get()) {
            deliverCancelledOnce();
            return;
        }
        try {
            T result = task.runWork(this);
            if (cancelled.get()) {
                deliverCancelledOnce();
            } else if (outcomeSent.compareAndSet(false, true)) {
                uiThread.execute(() -> {
                    done = true;
                    task.deliverSuccess(result);
                });
            }
        } catch (Throwable error) { // an importer's StackOverflowError must reach the user, not kill a worker
            if (cancelled.get()) {
                deliverCancelledOnce();
            } else if (outcomeSent.compareAndSet(false, true)) {
                uiThread.execute(() -> {
                    done = true;
                    task.deliverFailure(error);
                });
            }
        }
    }

    private void deliverCancelledOnce() {
        if (outcomeSent.compareAndSet(false, true)) {
            uiThread.execute(() -> {
                done = true;
                task.deliverCancelled();
            });
        }
    }

    @Override
    public void updateProgress(long workDone, long total) {
        fraction = total <= 0 ? -1 : Math.min(1.0, Math.max(0.0, (double) workDone / total));
        sendProgress();
    }

    @Override
    public void updateMessage(String text) {
        message = text;
        sendProgress();
    }

    // Progress and message travel together so that a message update does not reset the bar.
    private void sendProgress() {
        BackgroundTask.Progress progress = new BackgroundTask.Progress(fraction, message);
        uiThread.execute(() -> task.deliverProgress(progress));
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            Future<?> f = future;
            if (f != null && f.cancel(true)) {
                // The worker never started (or was interrupted before reporting): report it here.
                deliverCancelledOnce();
            }
        }
    }

    @Override
    public boolean isDone() {
        return done;
    }
}

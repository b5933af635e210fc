package dev.lintel.app.task;

import java.time.Duration;
import java.util.Objects;

/**
 * Coalesces bursts of calls: each {@link #call} replaces the pending action and restarts the
 * delay, so the action runs once, {@code delay} after the last call of a burst. Live lint uses it
 * so that typing a column name lints once when the user pauses, not on every key.
 *
 * <p>Not thread-safe by design: it is driven from the UI thread (see {@link FxDelayScheduler}).
 */
public final class Debouncer {
    private final Duration delay;
    private final DelayScheduler scheduler;
    private DelayScheduler.Scheduled pending;
    // Identifies the latest call: a superseded action that fires anyway (a scheduler whose cancel
    // lost a race) sees a different token and does nothing.
    private Object latest;

    public Debouncer(Duration delay, DelayScheduler scheduler) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay: " + delay);
        }
        this.delay = delay;
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /** Schedules {@code action} after the delay, dropping any action still pending. */
    public void call(Runnable action) {
        Objects.requireNonNull(action, "action");
        cancel();
        Object token = new Object();
        latest = token;
        DelayScheduler.Scheduled scheduled = scheduler.schedule(delay, () -> {
            if (latest != token) {
                return;
            }
            latest = null;
            pending = null;
            action.run();
        });
        if (latest == token) {
            pending = scheduled;
        }
    }

    /** Drops the pending action, if any. */
    public void cancel() {
        latest = null;
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    public boolean isPending() {
        return pending != null;
    }
}

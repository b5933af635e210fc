package dev.lintel.app.task;

import java.time.Duration;

/**
 * Runs an action after a delay unless cancelled first. The seam that lets {@link Debouncer} tests
 * move time by hand instead of sleeping.
 */
@FunctionalInterface
public interface DelayScheduler {

    /** A scheduled action; cancelling an action that already ran does nothing. */
    interface Scheduled {
        void cancel();
    }

    Scheduled schedule(Duration delay, Runnable action);
}

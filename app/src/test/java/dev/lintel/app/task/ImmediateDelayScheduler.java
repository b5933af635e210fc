package dev.lintel.app.task;

import java.time.Duration;

/**
 * Runs every scheduled action at once: with {@link CurrentThreadTaskExecutor}, debounced live work
 * (lint, DDL) has finished when the command that triggered it returns.
 */
public final class ImmediateDelayScheduler implements DelayScheduler {
    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        action.run();
        return () -> { };
    }
}

package dev.lintel.app.task;

import java.time.Duration;
import javafx.animation.PauseTransition;

/**
 * Schedules on the JavaFX application thread with a {@link PauseTransition}: the delayed action
 * runs on the UI thread, where it can read view-model state and submit the real work to a
 * {@link TaskExecutor}. Must be used from the UI thread.
 */
public final class FxDelayScheduler implements DelayScheduler {
    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}

package dev.lintel.app.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A scheduler whose clock moves only when the test says so. */
public final class ManualDelayScheduler implements DelayScheduler {
    private final List<Entry> entries = new ArrayList<>();
    private Duration now = Duration.ZERO;

    private final class Entry implements Scheduled {
        final Duration due;
        final Runnable action;
        boolean cancelled;

        Entry(Duration due, Runnable action) {
            this.due = due;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        Entry entry = new Entry(now.plus(delay), action);
        entries.add(entry);
        return entry;
    }

    /** Moves the clock forward, running due actions in time order. */
    public void advance(Duration by) {
        Duration target = now.plus(by);
        while (true) {
            Entry next = entries.stream()
                    .filter(e -> !e.cancelled && e.due.compareTo(target) <= 0)
                    .min(Comparator.comparing(e -> e.due))
                    .orElse(null);
            if (next == null) {
                break;
            }
            entries.remove(next);
            now = next.due;
            next.action.run();
        }
        now = target;
    }

    /** Runs an action even if it was cancelled: what a racing real timer might do. */
    public void fireCancelledAnyway() {
        List<Entry> copy = new ArrayList<>(entries);
        entries.clear();
        copy.forEach(e -> e.action.run());
    }
}

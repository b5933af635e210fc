package dev.lintel.app.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebouncerTest {
    private final ManualDelayScheduler scheduler = new ManualDelayScheduler();
    private final Debouncer debouncer = new Debouncer(Duration.ofMillis(300), scheduler);
    private final List<String> ran = new ArrayList<>();

    @Test
    void runsOnlyTheLastActionOfABurstOnceTheDelayHasPassed() {
        debouncer.call(() -> ran.add("a"));
        scheduler.advance(Duration.ofMillis(100));
        debouncer.call(() -> ran.add("b"));
        scheduler.advance(Duration.ofMillis(100));
        debouncer.call(() -> ran.add("c"));

        scheduler.advance(Duration.ofMillis(299));
        assertEquals(List.of(), ran);
        assertTrue(debouncer.isPending());

        scheduler.advance(Duration.ofMillis(1));
        assertEquals(List.of("c"), ran);
        assertFalse(debouncer.isPending());
    }

    @Test
    void separateBurstsRunSeparately() {
        debouncer.call(() -> ran.add("first"));
        scheduler.advance(Duration.ofMillis(300));
        debouncer.call(() -> ran.add("second"));
        scheduler.advance(Duration.ofMillis(300));

        assertEquals(List.of("first", "second"), ran);
    }

    @Test
    void cancelDropsThePendingAction() {
        debouncer.call(() -> ran.add("dropped"));
        debouncer.cancel();
        scheduler.advance(Duration.ofSeconds(1));

        assertEquals(List.of(), ran);
        assertFalse(debouncer.isPending());
    }

    @Test
    void aSupersededActionThatFiresAnywayDoesNothing() {
        debouncer.call(() -> ran.add("old"));
        debouncer.call(() -> ran.add("new"));

        scheduler.fireCancelledAnyway();

        assertEquals(List.of("new"), ran);
    }

    @Test
    void anActionMayScheduleTheNextOne() {
        debouncer.call(() -> {
            ran.add("one");
            debouncer.call(() -> ran.add("two"));
        });
        scheduler.advance(Duration.ofMillis(300));
        assertTrue(debouncer.isPending());
        scheduler.advance(Duration.ofMillis(300));

        assertEquals(List.of("one", "two"), ran);
    }
}

package dev.lintel.app.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrentThreadTaskExecutorTest {
    private final TaskExecutor executor = new CurrentThreadTaskExecutor();
    private final List<String> events = new ArrayList<>();

    @Test
    void deliversProgressThenSuccessBeforeSubmitReturns() {
        TaskHandle handle = executor.submit(BackgroundTask.of("count", ctx -> {
                    ctx.updateMessage("counting");
                    ctx.updateProgress(1, 2);
                    return 42;
                })
                .onProgress(p -> events.add("progress " + p.fraction() + " " + p.message()))
                .onSuccess(r -> events.add("success " + r))
                .onFailure(e -> events.add("failure"))
                .onFinished(() -> events.add("finished")));

        assertEquals(List.of("progress -1.0 counting", "progress 0.5 counting", "success 42", "finished"), events);
        assertTrue(handle.isDone());
    }

    @Test
    void deliversTheWorksExceptionAsFailure() {
        executor.submit(BackgroundTask.<String>of("fail", ctx -> {
                    throw new UnsupportedOperationException("not yet");
                })
                .onSuccess(r -> events.add("success"))
                .onFailure(e -> events.add("failure " + e.getMessage()))
                .onFinished(() -> events.add("finished")));

        assertEquals(List.of("failure not yet", "finished"), events);
    }
}

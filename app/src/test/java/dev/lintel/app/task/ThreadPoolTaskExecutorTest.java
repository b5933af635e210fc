package dev.lintel.app.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pool's "UI thread" here is a queue the test drains itself, so the test decides when
 * callbacks run and waits on latches, never on time.
 */
class ThreadPoolTaskExecutorTest {
    private final BlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor(2, uiQueue::add);
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        executor.close();
    }

    private void drainUntilDone(TaskHandle handle) throws InterruptedException {
        while (!handle.isDone()) {
            uiQueue.take().run();
        }
    }

    @Test
    void runsWorkOnAWorkerAndDeliversTheResultThroughTheUiExecutor() throws Exception {
        Thread caller = Thread.currentThread();
        String[] workerName = new String[1];

        TaskHandle handle = executor.submit(BackgroundTask.of("work", ctx -> {
                    workerName[0] = Thread.currentThread().getName();
                    return "done";
                })
                .onSuccess(r -> events.add(r + " on " + (Thread.currentThread() == caller ? "ui" : "other"))));
        drainUntilDone(handle);

        assertEquals(List.of("done on ui"), events);
        assertTrue(workerName[0].startsWith("lintel-worker-"), workerName[0]);
        assertNotEquals(caller.getName(), workerName[0]);
    }

    @Test
    void cancellingRunningWorkInterruptsItAndReportsCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        TaskHandle handle = executor.submit(BackgroundTask.of("block", ctx -> {
                    started.countDown();
                    new CountDownLatch(1).await(); // blocks until interrupted
                    return "never";
                })
                .onSuccess(r -> events.add("success"))
                .onFailure(e -> events.add("failure"))
                .onCancelled(() -> events.add("cancelled")));

        started.await();
        handle.cancel();
        drainUntilDone(handle);

        assertEquals(List.of("cancelled"), events);
        assertTrue(handle.isCancelled());
    }

    @Test
    void workerThreadsAreDaemons() throws Exception {
        boolean[] daemon = new boolean[1];
        TaskHandle handle = executor.submit(BackgroundTask.of("probe", ctx -> daemon[0] = Thread.currentThread().isDaemon()));
        drainUntilDone(handle);

        assertTrue(daemon[0]);
    }

    @Test
    void workSubmittedAfterCloseIsReportedCancelledInsteadOfThrowing() throws Exception {
        executor.close();
        TaskHandle handle = executor.submit(BackgroundTask.of("late lint", ctx -> "never")
                .onSuccess(r -> events.add("success"))
                .onCancelled(() -> events.add("cancelled"))
                .onFinished(() -> events.add("finished")));
        drainUntilDone(handle);
        assertTrue(handle.isCancelled());
        assertEquals(List.of("cancelled", "finished"), events);
    }
}

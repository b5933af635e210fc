package dev.lintel.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What a stretch of a run cost the process, apart from the wall clock: CPU time of the thread that
 * started it (the UI thread, for the typing run), bytes allocated by all live threads and time the
 * collectors spent. On a shared, loaded machine the pulse gaps mostly measure the scheduler; these
 * follow the work the app itself does, so a before/after comparison stays meaningful there too.
 */
final class ProcessCosts {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long cpuFrom;
    private final long allocatedFrom;
    private final long gcFrom;

    /** What it cost, from {@link #start()} on. */
    record Spent(double threadCpuMillis, double allocatedMegabytes, double gcMillis) {
    }

    private ProcessCosts() {
        cpuFrom = THREADS.getCurrentThreadCpuTime();
        allocatedFrom = allocated();
        gcFrom = gcMillis();
    }

    /** Starts counting, on the thread whose CPU time is wanted. */
    static ProcessCosts start() {
        return new ProcessCosts();
    }

    /** Since {@link #start()}; called on the same thread. */
    Spent spent() {
        return new Spent((THREADS.getCurrentThreadCpuTime() - cpuFrom) / 1e6, (allocated() - allocatedFrom) / 1e6,
                gcMillis() - gcFrom);
    }

    // Threads that ended in between are lost to the sum; the run's threads (UI, workers) live throughout.
    private static long allocated() {
        if (!(THREADS instanceof com.sun.management.ThreadMXBean sun)) {
            return 0;
        }
        long sum = 0;
        for (long bytes : sun.getThreadAllocatedBytes(THREADS.getAllThreadIds())) {
            sum += Math.max(0, bytes);
        }
        return sum;
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }
}

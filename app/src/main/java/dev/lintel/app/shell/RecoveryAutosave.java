package dev.lintel.app.shell;

import dev.lintel.app.importing.DiagnosticRow;
import dev.lintel.app.task.BackgroundTask;
import dev.lintel.app.task.Debouncer;
import dev.lintel.app.task.DelayScheduler;
import dev.lintel.app.task.TaskExecutor;
import dev.lintel.model.document.LintelDocument;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Autosaves the open document to its recovery file a few seconds after the last change. The
 * snapshot is taken on the UI thread (the document is an immutable value), the write runs on
 * the executor. Writes and deletes can finish out of order on a pool, so each carries a sequence
 * number and a write that is older than the latest write or delete does nothing.
 */
final class RecoveryAutosave {
    static final Duration IDLE = Duration.ofSeconds(3);

    /** What is autosaved: the document, the file it belongs to (or null), its title. */
    record Snapshot(LintelDocument document, Path original, String title) {
    }

    private final DocumentRecovery recovery;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final Supplier<Snapshot> snapshot;
    private final Consumer<String> status;
    private final Object lock = new Object();
    private String id = UUID.randomUUID().toString();
    private long issued;
    // Guarded by lock: the sequence number of the last write or delete that took effect.
    private long applied;
    private boolean failureReported;

    RecoveryAutosave(DocumentRecovery recovery, TaskExecutor executor, DelayScheduler delays, Supplier<Snapshot> snapshot,
            Consumer<String> status) {
        this.recovery = Objects.requireNonNull(recovery, "recovery");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.debouncer = new Debouncer(IDLE, delays);
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** The id of this window's recovery entry. */
    String id() {
        return id;
    }

    /** The document changed: autosave once it has been left alone for {@link #IDLE}. */
    void changed() {
        if (recovery.enabled()) {
            debouncer.call(this::writeNow);
        }
    }

    /** Writes the current snapshot at once (a restored document claims its entry this way). */
    void writeNow() {
        if (!recovery.enabled()) {
            return;
        }
        debouncer.cancel();
        Snapshot now = snapshot.get();
        long sequence = ++issued;
        String target = id;
        executor.submit(BackgroundTask.<Void>of("Autosaving", ctx -> {
                    synchronized (lock) {
                        if (sequence > applied) {
                            recovery.write(target, now.original(), now.title(), now.document());
                            applied = sequence;
                        }
                    }
                    return null;
                })
                .onSuccess(ignored -> failureReported = false)
                .onFailure(error -> {
                    // Once per streak of failures: the status line, not a dialog every three seconds.
                    if (!failureReported) {
                        failureReported = true;
                        status.accept("Autosave to " + recovery.directory() + " failed: " + DiagnosticRow.describe(error));
                    }
                }));
    }

    /**
     * The work is safe elsewhere (saved) or the user gave it up (Don't Save): drops any pending
     * autosave, deletes the recovery entry, then runs {@code then} on the UI thread, also when
     * the delete failed (a leftover entry is offered once more, which loses nothing).
     */
    void discard(Runnable then) {
        debouncer.cancel();
        if (!recovery.enabled()) {
            then.run();
            return;
        }
        long sequence = ++issued;
        String target = id;
        executor.submit(BackgroundTask.<Void>of("Removing the recovery file", ctx -> {
                    synchronized (lock) {
                        applied = Math.max(applied, sequence);
                        recovery.delete(target);
                    }
                    return null;
                })
                .onFinished(then));
    }

    /** Continues a restored entry: its file is this window's from now on. */
    void adopt(String entryId) {
        debouncer.cancel();
        this.id = Objects.requireNonNull(entryId, "entryId");
    }
}

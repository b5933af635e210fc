package dev.lintel.app.shell;

import dev.lintel.app.importing.DiagnosticRow;
import dev.lintel.app.task.BackgroundTask;
import dev.lintel.app.task.DelayScheduler;
import dev.lintel.app.task.TaskExecutor;
import dev.lintel.model.document.DocumentFormatException;
import dev.lintel.model.document.DocumentStore;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.document.RecoveryFiles;
import dev.lintel.model.schema.Schema;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The open document as a file: where it lives, its title, whether it has unsaved changes; Open,
 * Save, Save As, New and what to do with unsaved changes; the recovery autosave and the restore
 * offer at start; noticing that another program changed the file. The document's content stays
 * with {@link MainWindowViewModel}, reached through a {@link Host}. All I/O runs on the executor;
 * every property changes on the UI thread.
 */
public final class DocumentSession {

    /** What the session needs from the window's view-model. */
    interface Host {
        /** The document as it would be saved now. */
        LintelDocument currentDocument();

        /** Replaces the window's content (schema, layout, review) with a document read from disk or recovery. */
        void show(LintelDocument document);

        /** Busy with indeterminate progress and this status, until {@link #idle}. */
        void working(String status);

        void idle();

        void status(String text);

        void alert(LoadProblem problem);
    }

    private static final String UNTITLED = "Untitled";
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final TaskExecutor executor;
    private final Host host;
    private final DocumentRecovery recovery;
    private final ObservableBooleanValue busy;
    private final RecentFiles recent;
    private final RecoveryAutosave autosave;

    // Properties ------------------------------------------------------------------------------
    private final ReadOnlyObjectWrapper<Path> path = new ReadOnlyObjectWrapper<>(this, "path");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", UNTITLED);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyObjectWrapper<DiskChange> diskChange = new ReadOnlyObjectWrapper<>(this, "diskChange");
    private final ReadOnlyObjectWrapper<RecoveryOffer> recoveryOffer = new ReadOnlyObjectWrapper<>(this, "recoveryOffer");
    private final StringBinding windowTitle = Bindings.createStringBinding(
            () -> (dirty.get() ? "*" : "") + title.get() + " \u2014 Lintel", title, dirty);

    // Counts changes: a save is clean only when nothing changed while the file was being written.
    private long revision;
    // Counts documents shown and saves: a disk check that started before one of them is stale.
    private long generation;
    private FileStamp knownStamp;
    private FileStamp stampSeenOnDisk;
    private int saving;
    private final List<RecoveryFiles.Entry> abandoned = new ArrayList<>();
    private ChangeListener<Boolean> offerWhenIdle;

    DocumentSession(TaskExecutor executor, DelayScheduler delays, DocumentRecovery recovery, ObservableBooleanValue busy,
            Host host) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.host = Objects.requireNonNull(host, "host");
        this.recovery = Objects.requireNonNull(recovery, "recovery");
        this.busy = Objects.requireNonNull(busy, "busy");
        this.recent = new RecentFiles(executor);
        this.autosave = new RecoveryAutosave(recovery, executor, delays,
                () -> new RecoveryAutosave.Snapshot(host.currentDocument(), path.get(), title.get()), host::status);
    }

    /** The {@code .lintel} file the document was opened from or saved to; null for a new (imported) document. */
    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True when the document has changes that are not in its file (an imported file is new, so unsaved). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** "*orders.lintel — Lintel": the file name, with a star while there are unsaved changes. */
    public StringBinding windowTitle() {
        return windowTitle;
    }

    /** Set when another program changed or deleted the file; cleared by {@link #reloadFromDisk} or {@link #keepMine}. */
    public ReadOnlyObjectProperty<DiskChange> diskChangeProperty() {
        return diskChange.getReadOnlyProperty();
    }

    /** Unsaved work from a session that crashed or was killed; answered by {@link #restoreOffered} or {@link #discardOffered}. */
    public ReadOnlyObjectProperty<RecoveryOffer> recoveryOfferProperty() {
        return recoveryOffer.getReadOnlyProperty();
    }

    /** Files opened, imported or saved lately, newest first. */
    public ObservableList<Path> recentFiles() {
        return recent.paths();
    }

    /** Recent files that were not found the last time they were checked: the menu shows them disabled. */
    public ObservableSet<Path> missingRecentFiles() {
        return recent.missing();
    }

    /** The file this window autosaves to while the document has unsaved changes (nothing there when clean). */
    public Path recoveryFile() {
        return recovery.enabled() ? recovery.documentFile(autosave.id()) : null;
    }

    // Called by the main view-model -------------------------------------------------------------

    /** The content changed (an edit, a moved card, a comment): unsaved, and autosaved once idle. */
    void changed() {
        revision++;
        dirty.set(true);
        autosave.changed();
    }

    /**
     * The window now shows another document. The previous one's recovery entry goes: the user
     * saved it or chose not to before getting here.
     */
    void shown(Path file, String newTitle, boolean unsaved, FileStamp stamp) {
        autosave.discard(() -> { });
        present(file, newTitle, unsaved, stamp);
    }

    private void present(Path file, String newTitle, boolean unsaved, FileStamp stamp) {
        generation++;
        revision++;
        path.set(file);
        title.set(newTitle);
        knownStamp = stamp;
        diskChange.set(null);
        dirty.set(unsaved);
        if (unsaved) {
            autosave.changed();
        }
    }

    void remember(Path file) {
        recent.remember(file);
    }

    // Commands --------------------------------------------------------------------------------

    /** Reads a {@code .lintel} document in the background; when it cannot be read, nothing changes. */
    public void open(Path file) {
        recent.remember(file);
        String name = file.getFileName().toString();
        host.working("Opening " + name + "\u2026");
        executor.submit(BackgroundTask.of("Opening " + name, ctx -> {
                    // The stamp first: a change made while reading is then noticed at the next check.
                    FileStamp stamp = FileStamp.read(file);
                    return new Opened(DocumentStore.read(file), stamp);
                })
                .onSuccess(opened -> {
                    host.show(opened.document());
                    shown(file, name, false, opened.stamp());
                    host.status("Opened " + name + ": "
                            + Counts.plural(opened.document().schema().tables().size(), "table"));
                })
                .onFailure(error -> {
                    if (error instanceof NoSuchFileException) {
                        recent.forget(file);
                    }
                    String reason = error instanceof DocumentFormatException ? error.getMessage() : DiagnosticRow.describe(error);
                    host.status("Could not open " + name + ": " + reason);
                    host.alert(new LoadProblem("Could not open " + name, reason));
                })
                .onFinished(host::idle));
    }

    private record Opened(LintelDocument document, FileStamp stamp) {
    }

    /** An empty, untitled document. */
    public void newDocument() {
        host.show(LintelDocument.of(Schema.empty()));
        shown(null, UNTITLED, false, null);
        host.status("New document");
    }

    /**
     * Saves to the document's own file. Returns false, doing nothing, when the document has no
     * file yet (an imported schema): the caller asks where to save and calls {@link #saveAs}.
     */
    public boolean save() {
        Path file = path.get();
        if (file == null) {
            return false;
        }
        saveAs(file, () -> { });
        return true;
    }

    public void saveAs(Path file) {
        saveAs(file, () -> { });
    }

    /**
     * Saves the document atomically to {@code file} ({@code .lintel} added when missing), then
     * removes the recovery file and runs {@code then}. A failed save changes nothing: the document
     * stays unsaved and autosaved, the user is told why, {@code then} does not run.
     */
    public void saveAs(Path file, Runnable then) {
        Path target = DocumentFiles.withDocumentExtension(file);
        String name = target.getFileName().toString();
        LintelDocument doc = host.currentDocument();
        long savedRevision = revision;
        saving++;
        host.working("Saving " + name + "\u2026");
        executor.submit(BackgroundTask.of("Saving " + name, ctx -> {
                    DocumentStore.save(target, doc);
                    return Optional.ofNullable(FileStamp.read(target));
                })
                .onSuccess(stamp -> {
                    saving--;
                    generation++;
                    path.set(target);
                    title.set(name);
                    knownStamp = stamp.orElse(null);
                    diskChange.set(null);
                    recent.remember(target);
                    host.status("Saved " + name);
                    // A change made while the file was being written is not in it: still unsaved then.
                    boolean clean = revision == savedRevision;
                    dirty.set(!clean);
                    if (clean) {
                        autosave.discard(then);
                    } else {
                        then.run();
                    }
                })
                .onFailure(error -> {
                    saving--;
                    String why = SaveFailures.describe(target, error);
                    host.status("Could not save " + name + ": " + why);
                    host.alert(new LoadProblem("Could not save " + name, why));
                })
                .onFinished(host::idle));
    }

    /**
     * Settles unsaved changes before the document is closed or replaced, then runs {@code proceed}
     * (at once when there is nothing to settle). Save writes to {@code saveTarget}, or to the
     * document's own file when null, and proceeds only when the save succeeded; Don't Save removes
     * the recovery file; Cancel does nothing.
     */
    public void settleUnsaved(SaveChoice choice, Path saveTarget, Runnable proceed) {
        if (!dirty.get()) {
            proceed.run();
            return;
        }
        switch (choice) {
            case CANCEL -> { }
            case DONT_SAVE -> autosave.discard(proceed);
            case SAVE -> {
                Path target = saveTarget != null ? saveTarget : path.get();
                if (target == null) {
                    throw new IllegalArgumentException("a document without a file needs a save target");
                }
                saveAs(target, proceed);
            }
        }
    }

    /** Suggested by Save As: the document's own name, or the imported file's with {@code .lintel}. */
    public String suggestedFileName() {
        return DocumentFiles.suggestedName(title.get());
    }

    /** Checks in the background which recent files still exist. */
    public void refreshRecentFiles() {
        recent.refresh();
    }

    // Files changed by another program -----------------------------------------------------------

    /**
     * Compares the file on disk with what was last read or written (the window calls this when it
     * regains focus); a difference sets {@link #diskChangeProperty}. Our own saves never do: the
     * check is skipped while one runs, and a check that overlapped one is dropped.
     */
    public void checkDisk() {
        Path file = path.get();
        if (file == null || knownStamp == null || saving > 0 || diskChange.get() != null) {
            return;
        }
        long startedAt = generation;
        FileStamp known = knownStamp;
        executor.submit(BackgroundTask.of("Checking " + file.getFileName(), ctx -> Optional.ofNullable(FileStamp.read(file)))
                .onSuccess(now -> {
                    if (startedAt != generation || saving > 0 || diskChange.get() != null || now.equals(Optional.of(known))) {
                        return;
                    }
                    stampSeenOnDisk = now.orElse(null);
                    diskChange.set(new DiskChange(file.getFileName().toString(), now.isEmpty()));
                }));
    }

    /** Drops the window's version (edits included) and reads the file again. */
    public void reloadFromDisk() {
        diskChange.set(null);
        open(path.get());
    }

    /** Keeps the window's version: it counts as unsaved, and the next Save overwrites the file. */
    public void keepMine() {
        diskChange.set(null);
        knownStamp = stampSeenOnDisk;
        changed();
    }

    // Recovery ----------------------------------------------------------------------------------

    /**
     * Looks in the background for work left by sessions that crashed or were killed and offers the
     * newest; the offer waits until the window's start-up load has finished, so that load cannot
     * replace a restored document.
     */
    public void offerRecovery() {
        executor.submit(BackgroundTask.of("Looking for unsaved work", ctx -> recovery.abandoned())
                .onSuccess(found -> {
                    abandoned.clear();
                    abandoned.addAll(found);
                    offerNext();
                }));
    }

    private void offerNext() {
        if (abandoned.isEmpty()) {
            recoveryOffer.set(null);
            return;
        }
        if (busy.get()) {
            if (offerWhenIdle == null) {
                offerWhenIdle = (obs, was, now) -> {
                    if (!now) {
                        busy.removeListener(offerWhenIdle);
                        offerWhenIdle = null;
                        offerNext();
                    }
                };
                busy.addListener(offerWhenIdle);
            }
            return;
        }
        RecoveryFiles.Entry entry = abandoned.get(0);
        recoveryOffer.set(new RecoveryOffer(entry.title(), entry.original() == null ? null : entry.original().toString(),
                SHOWN_TIME.format(entry.savedAt()), abandoned.size() - 1));
    }

    /**
     * Restores the offered work into the window: unsaved, with its original file (if any), and
     * autosaved under this session from now on. Other offers wait for the next start, since a
     * window holds one document.
     */
    public void restoreOffered() {
        if (recoveryOffer.get() == null) {
            return;
        }
        RecoveryFiles.Entry entry = abandoned.remove(0);
        recoveryOffer.set(null);
        host.working("Restoring " + entry.title() + "\u2026");
        executor.submit(BackgroundTask.of("Restoring " + entry.title(), ctx -> recovery.read(entry))
                .onSuccess(doc -> {
                    abandoned.clear();
                    Path original = entry.original();
                    // The entry is rewritten in place (now owned by this session), never deleted
                    // first: a crash right after a restore still finds the work.
                    autosave.discard(() -> { });
                    autosave.adopt(entry.id());
                    host.show(doc);
                    present(original, original == null ? entry.title() : original.getFileName().toString(), true, null);
                    autosave.writeNow();
                    host.status("Restored unsaved work on " + title.get() + " from " + SHOWN_TIME.format(entry.savedAt()));
                })
                .onFailure(error -> {
                    String reason = error instanceof DocumentFormatException ? error.getMessage() : DiagnosticRow.describe(error);
                    host.alert(new LoadProblem("Could not restore " + entry.title(),
                            reason + " The recovery file stays in " + recovery.directory() + "."));
                    offerNext();
                })
                .onFinished(host::idle));
    }

    /** Deletes the offered work for good, then offers the next, if any. */
    public void discardOffered() {
        if (recoveryOffer.get() == null) {
            return;
        }
        RecoveryFiles.Entry entry = abandoned.remove(0);
        recoveryOffer.set(null);
        executor.submit(BackgroundTask.<Void>of("Discarding " + entry.title(), ctx -> {
                    recovery.delete(entry.id());
                    return null;
                })
                .onFinished(this::offerNext));
    }

    /** The dialog was closed without an answer: the files stay and are offered again at the next start. */
    public void postponeOffered() {
        abandoned.clear();
        recoveryOffer.set(null);
    }
}

package dev.lintel.app.shell;

import dev.lintel.model.document.DocumentFormatException;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.document.RecoveryFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Where unsaved work is autosaved, and whose it is. Every method does I/O: call them on the
 * background executor only.
 *
 * <p>Each entry names the process that wrote it ({@code pid@start}); only entries whose process
 * is gone are offered for restore, so two windows running side by side never offer each other's
 * work. The start time guards against a recycled pid.
 */
public final class DocumentRecovery {
    /** Overrides the recovery folder (tests, portable installs). */
    public static final String DIRECTORY_PROPERTY = "lintel.recovery.dir";

    private final RecoveryFiles files;
    private final String owner;
    private final Predicate<String> ownerAlive;
    private final Clock clock;

    /**
     * @param owner written into each entry this session autosaves
     * @param ownerAlive whether the session that wrote an entry is still running
     */
    public DocumentRecovery(Path directory, String owner, Predicate<String> ownerAlive, Clock clock) {
        this.files = directory == null ? null : new RecoveryFiles(directory);
        this.owner = Objects.requireNonNull(owner, "owner");
        this.ownerAlive = Objects.requireNonNull(ownerAlive, "ownerAlive");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The user's recovery folder ({@value #DIRECTORY_PROPERTY}, else the per-user data folder), owned by this process. */
    public static DocumentRecovery forUser() {
        return inDirectory(userDirectory());
    }

    public static DocumentRecovery inDirectory(Path directory) {
        return new DocumentRecovery(directory, ownerOf(ProcessHandle.current()), DocumentRecovery::isRunning, Clock.systemUTC());
    }

    /** No autosave at all: for windows in tests that do not look at recovery. */
    public static DocumentRecovery disabled() {
        return new DocumentRecovery(null, "none", owner -> true, Clock.systemUTC());
    }

    /**
     * {@code -Dlintel.recovery.dir}, else {@code $XDG_DATA_HOME/lintel/recovery}, else
     * {@code ~/.local/share/lintel/recovery}.
     */
    public static Path userDirectory() {
        String override = System.getProperty(DIRECTORY_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("lintel").resolve("recovery");
    }

    public boolean enabled() {
        return files != null;
    }

    /** The recovery folder, or null when disabled. */
    public Path directory() {
        return files == null ? null : files.directory();
    }

    /** The document file an id is autosaved to (tests and the README point at it). */
    public Path documentFile(String id) {
        return files.documentFile(id);
    }

    void write(String id, Path original, String title, LintelDocument doc) throws IOException {
        if (files != null) {
            files.write(new RecoveryFiles.Entry(id, original, title, clock.instant(), owner), doc);
        }
    }

    void delete(String id) throws IOException {
        if (files != null) {
            files.delete(id);
        }
    }

    /** Entries left by sessions that are no longer running (a crash, a kill), newest first. */
    List<RecoveryFiles.Entry> abandoned() throws IOException {
        if (files == null) {
            return List.of();
        }
        return files.list().stream().filter(e -> !e.owner().equals(owner) && !ownerAlive.test(e.owner())).toList();
    }

    LintelDocument read(RecoveryFiles.Entry entry) throws IOException, DocumentFormatException {
        return files.read(entry);
    }

    static String ownerOf(ProcessHandle process) {
        return process.pid() + "@" + process.info().startInstant().map(i -> Long.toString(i.toEpochMilli())).orElse("?");
    }

    static boolean isRunning(String owner) {
        int at = owner.indexOf('@');
        try {
            long pid = Long.parseLong(at < 0 ? owner : owner.substring(0, at));
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> ownerOf(p).equals(owner)
                    || owner.endsWith("@?") || ownerOf(p).endsWith("@?")).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

package dev.lintel.app.shell;

import dev.lintel.app.task.BackgroundTask;
import dev.lintel.app.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * Files opened, imported or saved lately, newest first. Files that have gone missing stay in the
 * list (a folder on an unplugged drive comes back) and are listed in {@link #missing()}, which the
 * menu shows disabled; the existence check runs on the executor, never on the UI thread.
 */
final class RecentFiles {
    static final int LIMIT = 8;

    private final TaskExecutor executor;
    private final ObservableList<Path> paths = FXCollections.observableArrayList();
    private final ObservableSet<Path> missing = FXCollections.observableSet();
    private final ObservableSet<Path> missingView = FXCollections.unmodifiableObservableSet(missing);

    RecentFiles(TaskExecutor executor) {
        this.executor = executor;
    }

    /** The list itself: the window preferences fill it at start and store it on every change. */
    ObservableList<Path> paths() {
        return paths;
    }

    ObservableSet<Path> missing() {
        return missingView;
    }

    void remember(Path file) {
        Path abs = file.toAbsolutePath();
        paths.remove(abs);
        paths.add(0, abs);
        missing.remove(abs);
        if (paths.size() > LIMIT) {
            paths.remove(LIMIT, paths.size());
        }
    }

    void forget(Path file) {
        paths.remove(file.toAbsolutePath());
        missing.remove(file.toAbsolutePath());
    }

    /** Checks in the background which of the files still exist (at start, and when the menu opens). */
    void refresh() {
        List<Path> snapshot = List.copyOf(paths);
        executor.submit(BackgroundTask.of("Checking recent files", ctx -> {
            Set<Path> gone = new HashSet<>();
            for (Path p : snapshot) {
                if (!Files.isRegularFile(p)) {
                    gone.add(p);
                }
            }
            return gone;
        }).onSuccess(gone -> {
            missing.retainAll(paths);
            for (Path p : snapshot) {
                if (gone.contains(p)) {
                    missing.add(p);
                } else {
                    missing.remove(p);
                }
            }
        }));
    }
}

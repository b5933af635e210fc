package dev.lintel.app.importing;

import dev.lintel.app.canvas.DiagramContent;
import dev.lintel.app.task.EarlyStart;
import dev.lintel.model.ddl.parse.DdlImportResult;
import dev.lintel.model.lint.LintSettings;
import dev.lintel.model.lint.Linter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bundled sample, imported while the JavaFX toolkit starts. {@code Main} calls {@link #start}
 * before launching the window when the window is going to open on the sample; a thread of its own
 * imports {@code sample.sql} with the real importer, then runs the schema once through the lint and
 * the diagram layout, results dropped, so that their classes (ELK's alone are about 800) are loaded
 * and initialised before the window asks for them. The window's first import of the sample is
 * answered with the preloaded result by {@link #importService}; every later one imports again.
 */
public final class SamplePreload {
    private record Preloaded(String sql, CompletableFuture<DdlImportResult> result) {
    }

    private static final AtomicReference<Preloaded> PENDING = new AtomicReference<>();

    private SamplePreload() {
    }

    /** Begins the preload, unless one is pending already; returns at once. */
    public static void start() {
        if (PENDING.get() != null) {
            return;
        }
        CompletableFuture<DdlImportResult> imported = new CompletableFuture<>();
        String sql = SampleSchema.readSql();
        if (PENDING.compareAndSet(null, new Preloaded(sql, imported))) {
            EarlyStart.run("lintel-sample-preload", () -> {
                prepare(sql, imported);
                return null;
            });
        }
    }

    /** The preloaded import not yet handed over, or null. */
    static CompletableFuture<DdlImportResult> pending() {
        Preloaded p = PENDING.get();
        return p == null ? null : p.result();
    }

    // The import is handed over as soon as it is done: the window can show the schema while the
    // warm-up goes on (a layout the window starts meanwhile waits for ELK's class initialisation).
    private static void prepare(String sql, CompletableFuture<DdlImportResult> imported) {
        DdlImportResult result;
        try {
            result = DdlImportService.usingModelImporter().importText(sql, SampleSchema.FILE_NAME);
        } catch (RuntimeException | Error e) {
            imported.completeExceptionally(e);
            return;
        }
        imported.complete(result);
        warmUp(result);
    }

    /** Runs a schema through the lint and the diagram layout once, for their classes; the results are dropped. */
    static void warmUp(DdlImportResult result) {
        new Linter().lint(result.schema(), LintSettings.defaults());
        // Card sizes are not measured yet (no toolkit): the layout runs with average text widths.
        DiagramContent.of(result.schema(), Map.of());
    }

    /**
     * The real importer ({@link DdlImportService#usingModelImporter}), except that the first import
     * of the sample's own text is answered with the preloaded result (waiting for it if need be).
     * When the preload failed, or none was started, the sample is imported as any file.
     */
    public static DdlImportService importService() {
        DdlImportService importer = DdlImportService.usingModelImporter();
        return new DdlImportService() {
            @Override
            public DdlImportResult importText(String sql, String fileName) {
                Preloaded preloaded = PENDING.get();
                if (preloaded != null && SampleSchema.FILE_NAME.equals(fileName) && preloaded.sql().equals(sql)
                        && PENDING.compareAndSet(preloaded, null)) {
                    try {
                        return preloaded.result().join();
                    } catch (RuntimeException failed) {
                        // Imported again below: the import reports its own failure.
                    }
                }
                return importer.importText(Objects.requireNonNull(sql, "sql"), fileName);
            }

            @Override
            public DdlImportResult importFile(Path file) throws IOException {
                return importer.importFile(file);
            }
        };
    }
}

package dev.lintel.app.shell;

import dev.lintel.app.canvas.DiagramViewModel;
import dev.lintel.app.cli.LintelVersion;
import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.importing.DiagnosticRow;
import dev.lintel.app.importing.SampleSchema;
import dev.lintel.app.inspector.InspectorViewModel;
import dev.lintel.app.task.BackgroundTask;
import dev.lintel.app.task.TaskExecutor;
import dev.lintel.model.ddl.parse.DdlImportResult;
import dev.lintel.model.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the main window: the current schema, what is selected, the import
 * diagnostics, and the status line. Imports run on the injected {@link TaskExecutor}; every
 * property here changes on the UI thread only.
 */
public final class MainWindowViewModel {
    private static final String UNTITLED = "Untitled";

    private final TaskExecutor executor;
    private final DdlImportService importService;

    // Properties ------------------------------------------------------------------------------
    private final ReadOnlyObjectWrapper<Schema> schema = new ReadOnlyObjectWrapper<>(this, "schema", Schema.empty());
    private final ReadOnlyStringWrapper documentTitle = new ReadOnlyStringWrapper(this, "documentTitle", UNTITLED);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "Ready");
    private final ReadOnlyObjectWrapper<String> selectedObject = new ReadOnlyObjectWrapper<>(this, "selectedObject");
    private final ReadOnlyObjectWrapper<LoadProblem> loadProblem = new ReadOnlyObjectWrapper<>(this, "loadProblem");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ObservableList<DiagnosticRow> diagnostics = FXCollections.observableArrayList();
    private final ObservableList<DiagnosticRow> diagnosticsView = FXCollections.unmodifiableObservableList(diagnostics);
    private final StringBinding windowTitle = Bindings.createStringBinding(
            () -> documentTitle.get() + " \u2014 Lintel", documentTitle);
    private final StringBinding countsText = Bindings.createStringBinding(() -> countsOf(schema.get()), schema);

    private final OutlineViewModel outline;
    private final DiagramViewModel diagram;
    private final InspectorViewModel inspector;

    public MainWindowViewModel(TaskExecutor executor, DdlImportService importService) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.importService = Objects.requireNonNull(importService, "importService");
        this.outline = new OutlineViewModel(schema.getReadOnlyProperty(), selectedObject.getReadOnlyProperty(), this::select);
        this.diagram = new DiagramViewModel(schema.getReadOnlyProperty(), selectedObject.getReadOnlyProperty(),
                this::select, Bindings.createStringBinding(() -> problemTitle(), loadProblem),
                Bindings.createStringBinding(() -> problemDetail(), loadProblem));
        this.inspector = new InspectorViewModel(schema.getReadOnlyProperty(), selectedObject.getReadOnlyProperty());
    }

    public ReadOnlyObjectProperty<Schema> schemaProperty() {
        return schema.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty documentTitleProperty() {
        return documentTitle.getReadOnlyProperty();
    }

    public StringBinding windowTitle() {
        return windowTitle;
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** "9 tables · 48 columns · 10 foreign keys" for the status bar. */
    public StringBinding countsText() {
        return countsText;
    }

    /** The selected object's path ({@code table:public.orders}), or null. */
    public ReadOnlyObjectProperty<String> selectedObjectProperty() {
        return selectedObject.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LoadProblem> loadProblemProperty() {
        return loadProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Progress of the running task in [0, 1], or -1 when indeterminate. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ObservableList<DiagnosticRow> diagnostics() {
        return diagnosticsView;
    }

    public OutlineViewModel outline() {
        return outline;
    }

    public DiagramViewModel diagram() {
        return diagram;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public String aboutText() {
        return "Lintel " + LintelVersion.current() + "\nSchema designer and reviewer.";
    }

    // Commands --------------------------------------------------------------------------------

    /** Imports the bundled sample design, on the background executor. */
    public void loadSample() {
        runImport(SampleSchema.FILE_NAME,
                () -> importService.importText(SampleSchema.readSql(), SampleSchema.FILE_NAME));
    }

    /** Imports a DDL file chosen by the user, on the background executor. */
    public void importDdlFile(Path file) {
        runImport(file.getFileName().toString(), () -> importService.importFile(file));
    }

    /**
     * Opens a file chosen with File > Open: SQL is imported; {@code .lintel} documents need the
     * document format, which is not part of this build yet, and the status line says so.
     */
    public void openFile(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".lintel")) {
            statusText.set("Cannot open " + name + ": Lintel documents are not supported by this build yet; import its DDL instead");
            return;
        }
        importDdlFile(file);
    }

    /** Shows a schema that is already in memory (a new document, a test). */
    public void showSchema(Schema newSchema, String title) {
        diagnostics.clear();
        loadProblem.set(null);
        selectedObject.set(null);
        schema.set(Objects.requireNonNull(newSchema, "newSchema"));
        documentTitle.set(title);
        statusText.set("Showing " + title);
    }

    /** Selects an object by its path; null clears the selection. Unknown paths select nothing. */
    public void select(String objectPath) {
        selectedObject.set(objectPath);
    }

    public void reportStatus(String text) {
        statusText.set(text);
    }

    // Import plumbing -------------------------------------------------------------------------

    @FunctionalInterface
    private interface ImportWork {
        DdlImportResult run() throws Exception;
    }

    private void runImport(String fileName, ImportWork work) {
        busy.set(true);
        progress.set(-1);
        statusText.set("Importing " + fileName + "\u2026");
        executor.submit(BackgroundTask.of("Importing " + fileName, ctx -> work.run())
                .onProgress(p -> progress.set(p.fraction()))
                .onSuccess(result -> importSucceeded(fileName, result))
                .onFailure(error -> importFailed(fileName, error))
                .onCancelled(() -> statusText.set("Import of " + fileName + " cancelled"))
                .onFinished(() -> busy.set(false)));
    }

    private void importSucceeded(String fileName, DdlImportResult result) {
        loadProblem.set(null);
        selectedObject.set(null);
        schema.set(result.schema());
        documentTitle.set(fileName);
        diagnostics.setAll(result.diagnostics().stream().map(DiagnosticRow::of).toList());
        long warnings = diagnostics.stream().filter(d -> d.severity() != DiagnosticRow.Severity.INFO).count();
        statusText.set("Imported " + fileName + ": " + plural(result.schema().tables().size(), "table")
                + (warnings == 0 ? "" : ", " + plural(warnings, "diagnostic")));
    }

    // The window stays usable: the previous schema (if any) stays on screen, the reason goes to
    // the status bar, the Diagnostics tab and, when there is nothing to show, the diagram itself.
    private void importFailed(String fileName, Throwable error) {
        diagnostics.setAll(List.of(DiagnosticRow.importFailed(fileName, error)));
        loadProblem.set(new LoadProblem("Could not import " + fileName, DiagnosticRow.describe(error)));
        statusText.set("Could not import " + fileName + ": " + DiagnosticRow.describe(error));
    }

    private String problemTitle() {
        LoadProblem p = loadProblem.get();
        return p == null ? null : p.title();
    }

    private String problemDetail() {
        LoadProblem p = loadProblem.get();
        return p == null ? null : p.detail();
    }

    static String countsOf(Schema s) {
        int columns = s.tables().stream().mapToInt(t -> t.columns().size()).sum();
        int foreignKeys = s.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum();
        return plural(s.tables().size(), "table") + " \u00b7 " + plural(columns, "column") + " \u00b7 "
                + plural(foreignKeys, "foreign key");
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

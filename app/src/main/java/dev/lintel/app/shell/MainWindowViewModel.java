package dev.lintel.app.shell;

import dev.lintel.app.canvas.DiagramViewModel;
import dev.lintel.app.cli.LintelVersion;
import dev.lintel.app.ddl.DdlPaneViewModel;
import dev.lintel.app.findings.FindingsViewModel;
import dev.lintel.app.findings.LiveLint;
import dev.lintel.app.importing.ConnectViewModel;
import dev.lintel.app.importing.ConnectionProfiles;
import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.importing.DiagnosticRow;
import dev.lintel.app.importing.SampleSchema;
import dev.lintel.app.inspector.InspectorViewModel;
import dev.lintel.app.task.BackgroundTask;
import dev.lintel.app.task.Debouncer;
import dev.lintel.app.task.DelayScheduler;
import dev.lintel.app.task.TaskExecutor;
import dev.lintel.model.ddl.parse.DdlImportResult;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.introspect.IntrospectionResult;
import dev.lintel.model.schema.Schema;
import java.nio.file.Path;
import java.time.Duration;
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
 * State and commands of the main window: the current document and its schema, what is selected,
 * the import diagnostics, and the status line; it owns the pane view-models (outline, diagram,
 * inspector, findings, DDL). Imports, opening and saving run on the injected {@link TaskExecutor},
 * lint and DDL rendering after a debounce on the injected {@link DelayScheduler}; every property
 * here changes on the UI thread only.
 */
public final class MainWindowViewModel {
    private static final Duration LINT_DELAY = Duration.ofMillis(200);
    private static final Duration DDL_DELAY = Duration.ofMillis(120);

    private final TaskExecutor executor;
    private final DdlImportService importService;
    // The open document minus its schema (layout, review): kept so that a save writes them back.
    private LintelDocument document = LintelDocument.of(Schema.empty());

    // Properties ------------------------------------------------------------------------------
    private final ReadOnlyObjectWrapper<Schema> schema = new ReadOnlyObjectWrapper<>(this, "schema", Schema.empty());
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "Ready");
    private final ReadOnlyObjectWrapper<String> selectedObject = new ReadOnlyObjectWrapper<>(this, "selectedObject");
    private final ReadOnlyObjectWrapper<LoadProblem> loadProblem = new ReadOnlyObjectWrapper<>(this, "loadProblem");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyObjectWrapper<LoadProblem> alert = new ReadOnlyObjectWrapper<>(this, "alert");
    private final ObservableList<DiagnosticRow> diagnostics = FXCollections.observableArrayList();
    private final ObservableList<DiagnosticRow> diagnosticsView = FXCollections.unmodifiableObservableList(diagnostics);
    private final StringBinding countsText = Bindings.createStringBinding(() -> Counts.of(schema.get()), schema);

    private final OutlineViewModel outline;
    private final DiagramViewModel diagram;
    private final InspectorViewModel inspector;
    private final LiveLint lint;
    private final FindingsViewModel findings;
    private final DdlPaneViewModel ddl;
    private final dev.lintel.app.review.ReviewViewModel review;
    private final DocumentSession session;
    private final dev.lintel.app.baseline.BaselineViewModel baseline;
    private final dev.lintel.app.editing.SchemaEditor editor;
    private final dev.lintel.app.editing.QuickFixViewModel quickFixes;
    private final dev.lintel.app.editing.TableClipboard clipboard;
    private final DiagramExports exports;

    /**
     * @param delays schedules the debounced live work (lint, DDL); the window uses the JavaFX
     *        scheduler, tests one that runs at once
     */
    public MainWindowViewModel(TaskExecutor executor, DdlImportService importService, DelayScheduler delays) {
        this(executor, importService, delays, DocumentRecovery.disabled());
    }

    /** @param recovery where unsaved work is autosaved, and looked for at start */
    public MainWindowViewModel(TaskExecutor executor, DdlImportService importService, DelayScheduler delays,
            DocumentRecovery recovery) {
        this.executor = Objects.requireNonNull(executor, "executor");
        SessionHost host = new SessionHost();
        this.session = new DocumentSession(executor, delays, recovery, busy.getReadOnlyProperty(), host);
        this.importService = Objects.requireNonNull(importService, "importService");
        this.lint = new LiveLint(schema.getReadOnlyProperty(), executor, new Debouncer(LINT_DELAY, delays));
        this.outline = new OutlineViewModel(schema.getReadOnlyProperty(), selectedObject.getReadOnlyProperty(), this::select);
        this.diagram = new DiagramViewModel(schema.getReadOnlyProperty(), selectedObject.getReadOnlyProperty(),
                this::select, Bindings.createStringBinding(() -> LoadProblem.titleOf(loadProblem.get()), loadProblem),
                Bindings.createStringBinding(() -> LoadProblem.detailOf(loadProblem.get()), loadProblem), lint.resultProperty(),
                executor, () -> document.layout().positions(), this::cardsMoved);
        this.exports = new DiagramExports(executor, schema::get, diagram, host);
        this.editor = new dev.lintel.app.editing.SchemaEditor(schema.getReadOnlyProperty(), this::applyEdit,
                selectedObject.getReadOnlyProperty(), this::select, this::reportStatus);
        this.clipboard = new dev.lintel.app.editing.TableClipboard(editor, diagram, executor, importService,
                () -> document.lint().targetDialect(), rows -> diagnostics.setAll(rows));
        this.inspector = new InspectorViewModel(schema.getReadOnlyProperty(), selectedObject.getReadOnlyProperty(), editor);
        this.findings = new FindingsViewModel(lint.resultProperty(), executor, this::select);
        this.quickFixes = new dev.lintel.app.editing.QuickFixViewModel(lint.resultProperty(),
                selectedObject.getReadOnlyProperty(), findings.selectedFindingProperty(), editor);
        this.review = new dev.lintel.app.review.ReviewViewModel(this::currentDocument, this::editDocument,
                lint.resultProperty(), selectedObject.getReadOnlyProperty(),
                dev.lintel.model.review.ReviewActions.withRandomIds(), java.time.Clock.systemUTC());
        // Subject areas live in the document's layout section; the outline lists them.
        diagram.subjectAreas().setOnChanged(areas -> editDocument(d -> d.withLayout(
                new dev.lintel.model.document.Layout(d.layout().positions(), areas))));
        diagram.subjectAreas().areasProperty().addListener((o, a, b) -> outline.showSubjectAreas(b));
        // The sign-off banner follows schema edits (a changed column makes a sign-off outdated).
        schema.addListener((o, a, b) -> review.refresh());
        this.baseline = new dev.lintel.app.baseline.BaselineViewModel(schema.getReadOnlyProperty(), this::currentDocument,
                this::editDocument, executor, new Debouncer(LINT_DELAY, delays), diagram::showChanges, this::select, this::reportStatus);
        this.ddl = new DdlPaneViewModel(schema.getReadOnlyProperty(), selectedObject.getReadOnlyProperty(), executor,
                new Debouncer(DDL_DELAY, delays));
    }

    public ReadOnlyObjectProperty<Schema> schemaProperty() {
        return schema.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty documentTitleProperty() {
        return session.titleProperty();
    }

    public StringBinding windowTitle() {
        return session.windowTitle();
    }

    /** The open document as a file: New, Open, Save, recent files, recovery, changes on disk. */
    public DocumentSession session() {
        return session;
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

    public FindingsViewModel findings() {
        return findings;
    }

    /** Every schema edit of the window goes through the editor, which keeps the undo history. */
    public dev.lintel.app.editing.SchemaEditor editor() {
        return editor;
    }

    public dev.lintel.app.editing.QuickFixViewModel quickFixes() {
        return quickFixes;
    }

    /** Copy, cut, paste and duplicate of the selected tables. */
    public dev.lintel.app.editing.TableClipboard clipboard() {
        return clipboard;
    }

    /** A fresh presentation deck of the open findings and threads; stepping through it selects each object. */
    public dev.lintel.app.review.PresentationViewModel startPresentation() {
        dev.lintel.app.review.PresentationViewModel deck = new dev.lintel.app.review.PresentationViewModel(this::select);
        deck.start(currentDocument(), lint.resultProperty().get());
        return deck;
    }

    public dev.lintel.app.review.ReviewViewModel review() {
        return review;
    }

    /** The document's baseline, the changes since it, and the migration to the current schema. */
    public dev.lintel.app.baseline.BaselineViewModel baseline() {
        return baseline;
    }

    /**
     * Applies a review edit (comment, waiver, sign-off) to the document: it leaves the schema alone,
     * marks the document unsaved, and re-lints when the waivers changed.
     */
    public void editDocument(java.util.function.UnaryOperator<LintelDocument> change) {
        LintelDocument next = change.apply(currentDocument());
        document = next;
        session.changed();
        lint.setSettings(next.lint());
        diagram.reviewChanged(next.review());
    }

    private void documentReplaced() {
        lint.documentReplaced(document.lint());
        diagram.reviewChanged(document.review());
        diagram.subjectAreas().load(document.layout().subjectAreas());
        review.refresh();
        baseline.refresh();
    }

    public DdlPaneViewModel ddl() {
        return ddl;
    }

    /** The latest lint of the current schema, or null before the first lint finished. */
    public ReadOnlyObjectProperty<dev.lintel.model.lint.LintResult> lintResultProperty() {
        return lint.resultProperty();
    }

    /** The {@code .lintel} file the document was opened from or saved to; null for a new (imported) document. */
    public ReadOnlyObjectProperty<Path> documentPathProperty() {
        return session.pathProperty();
    }

    /** True when the schema has changed since it was opened or saved (an imported file is new, so unsaved). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return session.dirtyProperty();
    }

    /** A problem the user must acknowledge (an unreadable document, a failed save); the view shows a dialog. */
    public ReadOnlyObjectProperty<LoadProblem> alertProperty() {
        return alert.getReadOnlyProperty();
    }

    public String aboutText() {
        return "Lintel " + LintelVersion.current() + "\nSchema designer and reviewer.";
    }

    // Commands --------------------------------------------------------------------------------

    /**
     * Imports the bundled sample design, on the background executor. Unlike an import it is not
     * unsaved work: closing the window on the untouched sample asks nothing.
     */
    public void loadSample() {
        runImport(SampleSchema.FILE_NAME,
                () -> importService.importText(SampleSchema.readSql(), SampleSchema.FILE_NAME), false);
    }

    /** Imports a DDL file chosen by the user, on the background executor. */
    public void importDdlFile(Path file) {
        session.remember(file);
        runImport(file.getFileName().toString(), () -> importService.importFile(file), true);
    }

    /** Imports DDL pasted into the Import DDL dialog, on the background executor. */
    public void importDdlText(String sql) {
        runImport("pasted.sql", () -> importService.importText(sql, "pasted.sql"), true);
    }

    /**
     * Imports a folder of JPA entity sources through {@link dev.lintel.model.source.SchemaSources},
     * the same door as the CLI's INPUT, with the naming the user chose (Spring Boot's snake_case
     * or the names as written); unreadable sources come back as diagnostics with file:line.
     */
    /** @param hibernate6 map as Hibernate 6.x did where it differs from 7.x */
    public void importJpaFolder(Path folder, JpaNamingChoice choice, boolean hibernate6) {
        dev.lintel.model.jpa.JpaNaming naming = choice == JpaNamingChoice.AS_WRITTEN
                ? dev.lintel.model.jpa.JpaNaming.JPA : dev.lintel.model.jpa.JpaNaming.SPRING;
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        runImport(name, () -> {
            dev.lintel.model.source.LoadedSchema loaded = dev.lintel.model.source.SchemaSources.load(folder.toString(), null,
                    dev.lintel.model.introspect.PasswordProvider.NONE, naming,
                    hibernate6 ? dev.lintel.model.jpa.HibernateVersion.V6 : dev.lintel.model.jpa.HibernateVersion.V7);
            return new DdlImportResult(loaded.schema(), loaded.dialect(), loaded.diagnostics(), loaded.sourceMap(), 0);
        }, true);
    }

    /** Files opened, imported or saved lately, newest first. */
    public ObservableList<Path> recentFiles() {
        return session.recentFiles();
    }

    /**
     * Opens a file chosen with File > Open or dropped on the window: a {@code .lintel} document
     * is read as is; anything else is imported as DDL into a new, unsaved document.
     */
    public void openFile(Path file) {
        if (DocumentFiles.isDocument(file)) {
            openDocument(file);
        } else {
            importDdlFile(file);
        }
    }

    /** Reads a {@code .lintel} document in the background; when it cannot be read, nothing changes. */
    public void openDocument(Path file) {
        session.open(file);
    }

    /** Saves to the document's own file; false, doing nothing, when it has none yet (see {@link DocumentSession#save}). */
    public boolean save() {
        return session.save();
    }

    /** Saves the current schema (with the document's layout and review) atomically to {@code file}. */
    public void saveAs(Path file) {
        session.saveAs(file);
    }

    /** The file name Save As proposes: the document's own, or the imported file's with {@code .lintel}. */
    public String suggestedFileName() {
        return session.suggestedFileName();
    }

    /** The state of a Connect to Database dialog, whose schema opens here through {@link #databaseRead}. */
    public ConnectViewModel newDatabaseConnection() {
        return new ConnectViewModel(executor, ConnectionProfiles.inUserConfig(), this::databaseRead);
    }

    /** Shows a schema read from a live database like an imported file: a new, unsaved document named for the database. */
    public void databaseRead(IntrospectionResult result) {
        String url = result.source();
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url.split(";")[0];
        String title = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf(':')) + 1);
        loadProblem.set(null);
        selectedObject.set(null);
        schema.set(result.schema());
        document = LintelDocument.of(result.schema());
        documentReplaced();
        session.shown(null, title.isBlank() ? "database" : title, true, null);
        diagnostics.setAll(result.diagnostics().stream().map(DiagnosticRow::of).toList());
        statusText.set("Read " + Counts.plural(result.schema().tables().size(), "table") + " from " + url + " ("
                + result.serverVersion() + ", " + result.queries() + " queries in " + result.roundTrips() + " round trips)");
    }

    /** Replaces the schema with an edited version: marks the document unsaved and re-lints. */
    public void applyEdit(Schema edited) {
        schema.set(Objects.requireNonNull(edited, "edited"));
        session.changed();
    }

    /** Shows a schema that is already in memory (a new document, a test). */
    public void showSchema(Schema newSchema, String title) {
        diagnostics.clear();
        loadProblem.set(null);
        selectedObject.set(null);
        document = LintelDocument.of(Objects.requireNonNull(newSchema, "newSchema"));
        schema.set(newSchema);
        documentReplaced();
        session.shown(null, title, false, null);
        statusText.set("Showing " + title);
    }

    /** Selects an object by its path; null clears the selection. Unknown paths select nothing. */
    public void select(String objectPath) {
        selectedObject.set(objectPath);
    }

    // The canvas hands every card's position after a move: the document keeps them all, so the
    // arrangement is saved whole and a re-opened document shows it as it was.
    private void cardsMoved(java.util.Map<String, dev.lintel.model.document.Position> positions) {
        document = document.withLayout(new dev.lintel.model.document.Layout(positions, document.layout().subjectAreas()));
        session.changed();
    }

    /** The document as it would be saved now (schema, layout, review). */
    public LintelDocument currentDocument() {
        return document.withSchema(schema.get()).withLayout(new dev.lintel.model.document.Layout(
                diagram.positionsOver(document.layout().positions()), document.layout().subjectAreas()));
    }

    /** File > Export Diagram (SVG, PNG). */
    public DiagramExports exports() {
        return exports;
    }

    public void reportStatus(String text) {
        statusText.set(text);
    }

    // Import plumbing -------------------------------------------------------------------------

    @FunctionalInterface
    private interface ImportWork {
        DdlImportResult run() throws Exception;
    }

    // newWork: the result is unsaved work (an import the user asked for), not the bundled sample.
    private void runImport(String fileName, ImportWork work, boolean newWork) {
        busy.set(true);
        progress.set(-1);
        statusText.set("Importing " + fileName + "\u2026");
        executor.submit(BackgroundTask.of("Importing " + fileName, ctx -> work.run())
                .onProgress(p -> progress.set(p.fraction()))
                .onSuccess(result -> importSucceeded(fileName, result, newWork))
                .onFailure(error -> importFailed(fileName, error))
                .onCancelled(() -> statusText.set("Import of " + fileName + " cancelled"))
                .onFinished(() -> busy.set(false)));
    }

    private void importSucceeded(String fileName, DdlImportResult result, boolean newWork) {
        loadProblem.set(null);
        selectedObject.set(null);
        document = LintelDocument.of(result.schema());
        schema.set(result.schema());
        documentReplaced();
        session.shown(null, fileName, newWork, null);
        diagnostics.setAll(result.diagnostics().stream().map(DiagnosticRow::of).toList());
        long warnings = diagnostics.stream().filter(d -> d.severity() != DiagnosticRow.Severity.INFO).count();
        statusText.set("Imported " + fileName + ": " + Counts.plural(result.schema().tables().size(), "table")
                + (warnings == 0 ? "" : ", " + Counts.plural(warnings, "diagnostic")));
    }

    // What the document session needs from the window: the content it saves and replaces, and
    // the busy indicator, status line and alerts it reports through.
    private final class SessionHost implements DocumentSession.Host {
        @Override
        public LintelDocument currentDocument() {
            return MainWindowViewModel.this.currentDocument();
        }

        @Override
        public void show(LintelDocument doc) {
            loadProblem.set(null);
            selectedObject.set(null);
            diagnostics.clear();
            document = doc;
            schema.set(doc.schema());
            documentReplaced();
        }

        @Override
        public void working(String status) {
            busy.set(true);
            progress.set(-1);
            statusText.set(status);
        }

        @Override
        public void idle() {
            busy.set(false);
        }

        @Override
        public void status(String text) {
            statusText.set(text);
        }

        @Override
        public void alert(LoadProblem problem) {
            // Through null: the same problem twice in a row (a second failed save) is shown twice.
            MainWindowViewModel.this.alert.set(null);
            MainWindowViewModel.this.alert.set(problem);
        }
    }

    // The window stays usable: the previous schema (if any) stays on screen, the reason goes to
    // the status bar, the Diagnostics tab and, when there is nothing to show, the diagram itself.
    private void importFailed(String fileName, Throwable error) {
        diagnostics.setAll(List.of(DiagnosticRow.importFailed(fileName, error)));
        loadProblem.set(new LoadProblem("Could not import " + fileName, DiagnosticRow.describe(error)));
        statusText.set("Could not import " + fileName + ": " + DiagnosticRow.describe(error));
    }
}

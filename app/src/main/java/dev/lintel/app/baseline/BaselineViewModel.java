package dev.lintel.app.baseline;

import dev.lintel.app.canvas.CardChange;
import dev.lintel.app.importing.ConnectViewModel;
import dev.lintel.app.importing.ConnectionProfiles;
import dev.lintel.app.importing.DiagnosticRow;
import dev.lintel.app.task.BackgroundTask;
import dev.lintel.app.task.Debouncer;
import dev.lintel.app.task.TaskExecutor;
import dev.lintel.model.document.Baseline;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.introspect.IntrospectionResult;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.source.LoadedSchema;
import dev.lintel.model.source.SchemaSources;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The document's baseline: the schema the design is compared with. Mark the current schema, compare
 * with another file ({@code .lintel}, {@code .sql}, read through {@link SchemaSources} like any
 * CLI input) or with a live database, or clear it. The baseline lives in the document (so it is
 * saved with it); every change goes through {@code edit}, which replaces the window's document and
 * marks it unsaved. Owns the Changes tab's view-model and makes the Generate Migration dialog's.
 */
public final class BaselineViewModel {
    private final Supplier<LintelDocument> document;
    private final Consumer<UnaryOperator<LintelDocument>> edit;
    private final ObservableValue<Schema> schema;
    private final TaskExecutor executor;
    private final Consumer<String> status;
    private final ChangesViewModel changes;

    // Properties ------------------------------------------------------------------------------
    private final ReadOnlyObjectWrapper<Baseline> baseline = new ReadOnlyObjectWrapper<>(this, "baseline");
    private final BooleanBinding hasBaseline = Bindings.isNotNull(baseline);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");

    /**
     * @param document the window's document as it would be saved now
     * @param edit replaces the window's document (and marks it unsaved)
     * @param debouncer delays the comparison after an edit
     * @param cards receives the card marks (the diagram's view-model)
     * @param select selects an object on the canvas by its path
     * @param status the window's status line
     */
    public BaselineViewModel(ObservableValue<Schema> schema, Supplier<LintelDocument> document,
                             Consumer<UnaryOperator<LintelDocument>> edit, TaskExecutor executor, Debouncer debouncer,
                             Consumer<Map<String, CardChange>> cards, Consumer<String> select, Consumer<String> status) {
        this.schema = schema;
        this.document = Objects.requireNonNull(document, "document");
        this.edit = Objects.requireNonNull(edit, "edit");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.status = Objects.requireNonNull(status, "status");
        this.changes = new ChangesViewModel(schema, baseline.getReadOnlyProperty(), executor, debouncer, cards, select);
        refresh();
    }

    /** The baseline of the open document, or null. */
    public ReadOnlyObjectProperty<Baseline> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    public BooleanBinding hasBaselineProperty() {
        return hasBaseline;
    }

    /** Why the last Compare with... failed, for a dialog; null when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ChangesViewModel changes() {
        return changes;
    }

    // Commands --------------------------------------------------------------------------------

    /** The document was replaced (opened, imported, new): show its baseline. */
    public void refresh() {
        baseline.set(document.get().baseline());
    }

    /** Keeps the current schema as the baseline: from now on every edit shows as a change. */
    public void markAsBaseline() {
        setBaseline(new Baseline(schema.getValue(), "marked in this document"));
        status.accept("Marked the current schema as the baseline");
    }

    public void clearBaseline() {
        setBaseline(null);
        status.accept("Baseline cleared");
    }

    /** Reads another {@code .lintel} or {@code .sql} file in the background and makes its schema the baseline. */
    public void compareWithFile(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        problem.set(null);
        status.accept("Reading " + name + "\u2026");
        executor.submit(BackgroundTask.<LoadedSchema>of("Reading " + name, ctx -> SchemaSources.load(file.toString(), null))
                .onSuccess(loaded -> {
                    setBaseline(new Baseline(loaded.schema(), name));
                    status.accept("Comparing with " + name);
                })
                .onFailure(error -> {
                    status.accept("Could not read " + name + ": " + DiagnosticRow.describe(error));
                    problem.set("Could not read " + name + ": " + DiagnosticRow.describe(error));
                }));
    }

    /** The state of a Connect to Database dialog whose schema becomes the baseline (the document stays as it is). */
    public ConnectViewModel newDatabaseComparison() {
        return new ConnectViewModel(executor, ConnectionProfiles.inUserConfig(), this::databaseRead);
    }

    /** A schema read from a live database becomes the baseline, named by its (password-free) URL. */
    public void databaseRead(IntrospectionResult result) {
        setBaseline(new Baseline(result.schema(), result.source()));
        status.accept("Comparing with " + result.source());
    }

    /** The Generate Migration dialog's state, from the baseline to the current schema; null without a baseline. */
    public MigrationViewModel newMigration() {
        Baseline base = baseline.get();
        return base == null ? null : new MigrationViewModel(base.schema(), schema.getValue(), executor);
    }

    private void setBaseline(Baseline next) {
        edit.accept(doc -> doc.withBaseline(next));
        refresh();
    }
}

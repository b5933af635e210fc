package dev.lintel.app.baseline;

import dev.lintel.app.canvas.CardChange;
import dev.lintel.app.task.BackgroundTask;
import dev.lintel.app.task.Debouncer;
import dev.lintel.app.task.TaskExecutor;
import dev.lintel.app.task.TaskHandle;
import dev.lintel.model.document.Baseline;
import dev.lintel.model.schema.Schema;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Changes tab: what differs from the baseline, recomputed after each edit (debounced, on the
 * executor, like live lint) and handed to the canvas as card marks. A result for a schema or
 * baseline that has since been replaced is dropped, so what is shown never goes back in time.
 */
public final class ChangesViewModel {
    private final ObservableValue<Schema> schema;
    private final ObservableValue<Baseline> baseline;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final Consumer<Map<String, CardChange>> cards;
    private final Consumer<String> select;
    private TaskHandle running;
    private long generation;

    // Properties ------------------------------------------------------------------------------
    private final ObservableList<ChangeRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ChangeRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");

    /**
     * @param cards receives the card marks after each computation (the diagram's view-model)
     * @param select selects an object by its path (the window's selection)
     */
    public ChangesViewModel(ObservableValue<Schema> schema, ObservableValue<Baseline> baseline, TaskExecutor executor,
                            Debouncer debouncer, Consumer<Map<String, CardChange>> cards, Consumer<String> select) {
        this.schema = schema;
        this.baseline = baseline;
        this.executor = Objects.requireNonNull(executor, "executor");
        this.debouncer = Objects.requireNonNull(debouncer, "debouncer");
        this.cards = cards;
        this.select = select;
        schema.addListener((obs, old, now) -> changed());
        baseline.addListener((obs, old, now) -> changed());
        changed();
    }

    /** One row per difference, in the diff's order (tables, then enums, sequences, views), then suspected renames. */
    public ObservableList<ChangeRow> rows() {
        return rowsView;
    }

    /** "4 changes since the baseline (prod.sql)", "No changes since the baseline", or how to set one. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How many differences there are (the rows also list suspected renames, which this does not count). */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** True while a comparison runs in the background. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    // Commands --------------------------------------------------------------------------------

    /** Selects the row's object on the canvas (its table when the object is gone); a removed table selects nothing. */
    public void select(ChangeRow row) {
        if (row != null && row.objectPath() != null) {
            select.accept(row.objectPath());
        }
    }

    private void changed() {
        if (baseline.getValue() == null) {
            // Nothing to compare with: clear at once, there is no work to wait for.
            debouncer.cancel();
            generation++;
            if (running != null) {
                running.cancel();
            }
            computing.set(false);
            publish(ChangeSet.NONE, "No baseline. Schema \u203a Mark as Baseline keeps the current state to compare with.");
            return;
        }
        debouncer.call(this::start);
    }

    private void start() {
        Baseline base = baseline.getValue();
        Schema current = schema.getValue();
        if (base == null || current == null) {
            return;
        }
        if (running != null && !running.isDone()) {
            running.cancel();
        }
        long mine = ++generation;
        computing.set(true);
        running = executor.submit(BackgroundTask.of("Comparing with the baseline", ctx -> ChangeSet.between(base.schema(), current))
                .onSuccess(set -> {
                    if (mine == generation) {
                        publish(set, summaryOf(set, base));
                    }
                })
                .onFailure(Throwable::printStackTrace)
                .onFinished(() -> {
                    if (mine == generation) {
                        computing.set(false);
                    }
                }));
    }

    private void publish(ChangeSet set, String text) {
        rows.setAll(set.rows());
        count.set(set.changes());
        cards.accept(set.cards());
        summary.set(text);
    }

    private static String summaryOf(ChangeSet set, Baseline base) {
        String from = base.source().isEmpty() ? "" : " (" + base.source() + ")";
        int changes = set.changes();
        if (changes == 0) {
            return "No changes since the baseline" + from;
        }
        return changes + (changes == 1 ? " change" : " changes") + " since the baseline" + from;
    }
}

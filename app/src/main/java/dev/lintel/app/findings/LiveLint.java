package dev.lintel.app.findings;

import dev.lintel.app.task.BackgroundTask;
import dev.lintel.app.task.Debouncer;
import dev.lintel.app.task.TaskExecutor;
import dev.lintel.app.task.TaskHandle;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.lint.LintSettings;
import dev.lintel.model.lint.Linter;
import dev.lintel.model.schema.Schema;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Lints the schema after each change: debounced, on the executor, incrementally from the last
 * result ({@link Linter#relint} gives exactly what a full lint would). Publishes an immutable
 * {@link LintResult} on the UI thread; a result for a schema that has since been replaced is
 * dropped, so the published result never goes back in time.
 */
public final class LiveLint {
    private final Linter linter = new Linter();
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final ObservableValue<Schema> schema;
    // The document's lint settings (waivers): replaced when the review waives a finding or a document opens.
    private LintSettings settings = LintSettings.defaults();
    private final ReadOnlyObjectWrapper<LintResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private TaskHandle running;
    private long generation;

    public LiveLint(ObservableValue<Schema> schema, TaskExecutor executor, Debouncer debouncer) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.debouncer = Objects.requireNonNull(debouncer, "debouncer");
        this.schema = schema;
        schema.addListener((obs, old, now) -> schemaChanged(now));
    }

    /** The latest lint result, or null before the first lint finished. */
    public ReadOnlyObjectProperty<LintResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Lints with these settings from now on; re-lints the current schema when they differ. */
    public void setSettings(LintSettings next) {
        if (!settings.equals(Objects.requireNonNull(next, "next"))) {
            settings = next;
            if (schema.getValue() != null && result.get() != null) {
                start(schema.getValue());
            }
        }
    }

    /**
     * Another document is shown (opened, imported, restored): lints it now with its settings,
     * without the debounce meant for typing, so that its findings come with its first frame.
     */
    public void documentReplaced(LintSettings next) {
        settings = Objects.requireNonNull(next, "next");
        debouncer.cancel();
        if (schema.getValue() != null) {
            start(schema.getValue());
        }
    }

    private void schemaChanged(Schema schema) {
        debouncer.call(() -> start(schema));
    }

    private void start(Schema schema) {
        LintSettings settings = this.settings;
        if (running != null && !running.isDone()) {
            running.cancel();
        }
        long mine = ++generation;
        LintResult previous = result.get();
        running = executor.submit(BackgroundTask.of("Linting", ctx -> previous == null
                        ? linter.lint(schema, settings)
                        : linter.relint(previous, previous.schema(), schema, settings))
                .onSuccess(r -> {
                    if (mine == generation) {
                        result.set(r);
                    }
                })
                // The linter isolates rule bugs itself; anything else is a bug worth a trace, not a dialog.
                .onFailure(Throwable::printStackTrace));
    }
}

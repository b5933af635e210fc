package dev.lintel.app.ddl;

import dev.lintel.app.task.BackgroundTask;
import dev.lintel.app.task.Debouncer;
import dev.lintel.app.task.TaskExecutor;
import dev.lintel.app.task.TaskHandle;
import dev.lintel.model.ddl.render.DdlRenderer;
import dev.lintel.model.ddl.render.RenderOptions;
import dev.lintel.model.ddl.render.RenderResult;
import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Schema;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The DDL pane: the selected table (or view, or enum type), or the whole schema, written in the
 * chosen dialect. Rendering and highlighting run on the executor after a short debounce, so
 * clicking through tables or switching dialects never renders on the UI thread.
 */
public final class DdlPaneViewModel {
    private final ObservableValue<Schema> schema;
    private final ObservableValue<String> selectedObject;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private TaskHandle running;
    private long generation;
    // How the latest rendering differs from the one before it; see patch().
    private DdlPatch patch;

    // Properties ------------------------------------------------------------------------------
    private final ObjectProperty<DdlDialectChoice> dialect = new SimpleObjectProperty<>(this, "dialect", DdlDialectChoice.POSTGRESQL);
    private final BooleanProperty wholeSchema = new SimpleBooleanProperty(this, "wholeSchema", false);
    private final ReadOnlyObjectWrapper<RenderedDdl> rendered = new ReadOnlyObjectWrapper<>(this, "rendered",
            RenderedDdl.nothing("Select a table to see its DDL"));
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(this, "rendering");

    public DdlPaneViewModel(ObservableValue<Schema> schema, ObservableValue<String> selectedObject, TaskExecutor executor,
                            Debouncer debouncer) {
        this.schema = schema;
        this.selectedObject = selectedObject;
        this.executor = Objects.requireNonNull(executor, "executor");
        this.debouncer = Objects.requireNonNull(debouncer, "debouncer");
        schema.addListener((obs, old, now) -> requestRender());
        selectedObject.addListener((obs, old, now) -> {
            if (!wholeSchema.get()) {
                requestRender();
            }
        });
        dialect.addListener((obs, old, now) -> requestRender());
        wholeSchema.addListener((obs, old, now) -> requestRender());
        requestRender();
    }

    public ObjectProperty<DdlDialectChoice> dialectProperty() {
        return dialect;
    }

    /** True: the whole schema; false: the selection. */
    public BooleanProperty wholeSchemaProperty() {
        return wholeSchema;
    }

    public ReadOnlyObjectProperty<RenderedDdl> renderedProperty() {
        return rendered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty renderingProperty() {
        return rendering.getReadOnlyProperty();
    }

    /**
     * The lines in which {@link #renderedProperty()}'s value differs from the value before it
     * (computed with it, off the UI thread); null before the first rendering and after a failed one.
     */
    public DdlPatch patch() {
        return patch;
    }

    // Rendering -------------------------------------------------------------------------------

    private void requestRender() {
        debouncer.call(this::render);
    }

    private void render() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
        long mine = ++generation;
        Schema s = schema.getValue();
        String selected = selectedObject.getValue();
        boolean whole = wholeSchema.get();
        Dialect target = dialectOf(dialect.get());
        // Only the newest task publishes, so the value shown now is the one its result follows.
        RenderedDdl base = rendered.get();
        rendering.set(true);
        running = executor.submit(BackgroundTask.of("Rendering DDL",
                        ctx -> DdlPatch.between(base, renderNow(s, selected, whole, target)))
                .onSuccess(result -> {
                    if (mine == generation) {
                        patch = result;
                        rendered.set(result.result());
                    }
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        patch = null;
                        rendered.set(RenderedDdl.nothing("Could not render the DDL: " + error.getMessage()));
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        rendering.set(false);
                    }
                }));
    }

    static RenderedDdl renderNow(Schema s, String selected, boolean whole, Dialect target) {
        if (whole) {
            if (s.tables().isEmpty() && s.objectCount() == 0) {
                return RenderedDdl.nothing("The schema is empty");
            }
            return withHighlights("Whole schema", new DdlRenderer().render(s, target));
        }
        Optional<Schema> part = selectionOnly(s, selected);
        if (part.isEmpty()) {
            return RenderedDdl.nothing("Select a table, view or enum type to see its DDL, or show the whole schema");
        }
        RenderResult result = new DdlRenderer().render(part.get(), target, RenderOptions.defaults().withHeaderComment(false));
        return withHighlights(ObjectPath.parse(selected).display(), result);
    }

    /** The selected object alone, as a schema the renderer can write; empty when nothing renderable is selected. */
    private static Optional<Schema> selectionOnly(Schema s, String selected) {
        if (selected == null) {
            return Optional.empty();
        }
        ObjectPath path;
        try {
            path = ObjectPath.parse(selected);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return switch (path.kind()) {
            case TABLE -> s.table(path.owner()).map(t -> Schema.empty().withTables(List.of(t)));
            case VIEW -> s.view(path.owner()).map(v -> Schema.empty().withViews(List.of(v)));
            case ENUM -> s.enumType(path.owner()).map(e -> Schema.empty().withEnums(List.of(e)));
            default -> Optional.empty();
        };
    }

    private static RenderedDdl withHighlights(String subject, RenderResult result) {
        List<String> notes = result.diagnostics().stream().map(Diagnostic::message).toList();
        return new RenderedDdl(subject, result.sql(), SqlHighlighter.highlight(result.sql()), notes);
    }

    private static Dialect dialectOf(DdlDialectChoice choice) {
        return switch (choice) {
            case POSTGRESQL -> Dialect.POSTGRES;
            case H2 -> Dialect.H2;
            case MYSQL -> Dialect.MYSQL;
        };
    }
}

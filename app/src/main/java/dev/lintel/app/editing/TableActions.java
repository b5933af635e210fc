package dev.lintel.app.editing;

import dev.lintel.app.task.BackgroundTask;
import dev.lintel.app.task.TaskExecutor;
import dev.lintel.model.ddl.render.DdlRenderer;
import dev.lintel.model.ddl.render.RenderOptions;
import dev.lintel.model.edit.TableEdits;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Commands on the selected table that the Edit menu offers: delete (after the user has seen which
 * foreign keys of other tables go with it) and copy its DDL (rendered off the UI thread).
 */
public final class TableActions {
    private final SchemaEditor editor;
    private final TaskExecutor executor;

    /** What deleting the selected table would take along, for the confirmation. */
    public record Deletion(String table, List<String> dependentForeignKeys) {
    }

    TableActions(SchemaEditor editor, TaskExecutor executor) {
        this.editor = editor;
        this.executor = executor;
    }

    /** The deletion to confirm; empty when no table is selected. */
    public Optional<Deletion> deletionOfSelected() {
        return selected().map(t -> new Deletion(t.name().toString(),
                TableEdits.dependentForeignKeys(editor.schema(), t.name())));
    }

    public boolean deleteSelected() {
        return selected().map(t -> editor.apply(new TableEdits.DropTable(t.name()))).orElse(false);
    }

    /** Renders the selected table as PostgreSQL DDL in the background and hands the text to {@code copy}. */
    public void copySelectedAsDdl(Consumer<String> copy) {
        selected().ifPresent(t -> executor.submit(BackgroundTask.of("Copying DDL", ctx -> new DdlRenderer()
                        .render(Schema.empty().withTables(List.of(t)), editor.dialect(),
                                RenderOptions.defaults().withHeaderComment(false)).sql())
                .onSuccess(sql -> {
                    copy.accept(sql);
                    editor.report("Copied the DDL of " + t.name());
                })));
    }

    private Optional<Table> selected() {
        String path = editor.selectedPath();
        if (path == null) {
            return Optional.empty();
        }
        try {
            ObjectPath p = ObjectPath.parse(path);
            return p.kind() == ObjectPath.Kind.TABLE ? editor.schema().table(p.owner()) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

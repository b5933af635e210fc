package dev.lintel.app.editing;

import dev.lintel.app.canvas.CanvasEdits;
import dev.lintel.app.canvas.DiagramViewModel;
import dev.lintel.model.edit.Composite;
import dev.lintel.model.edit.Edit;
import dev.lintel.model.edit.TableEdits;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The selected tables as the Edit menu, the canvas and its context menu act on them: which they
 * are, and deleting them (after the user has seen which foreign keys of other tables go with
 * them) as one undoable step. The selection is the canvas's when there is a canvas, else the
 * window's selected table.
 */
public final class TableActions {
    private final SchemaEditor editor;
    // Object paths of the selected cards; tables among them are acted on, views and enum types are not.
    private Supplier<List<String>> selection;

    TableActions(SchemaEditor editor) {
        this.editor = editor;
        this.selection = () -> editor.selectedPath() == null ? List.of() : List.of(editor.selectedPath());
    }

    /** The canvas tells which cards are selected (object paths). */
    public void setSelection(Supplier<List<String>> cardPaths) {
        selection = Objects.requireNonNull(cardPaths, "cardPaths");
    }

    /** The selected tables, in the design's order; empty when none is selected. */
    public List<Table> selectedTables() {
        Set<QualifiedName> names = new HashSet<>();
        for (String path : selection.get()) {
            tableOf(path).ifPresent(names::add);
        }
        return editor.schema().tables().stream().filter(t -> names.contains(t.name())).toList();
    }

    /** The deletion to confirm; empty when no table is selected. */
    public Optional<CanvasEdits.Deletion> deletionOfSelected() {
        List<Table> tables = selectedTables();
        if (tables.isEmpty()) {
            return Optional.empty();
        }
        Schema schema = editor.schema();
        Set<QualifiedName> going = new HashSet<>();
        tables.forEach(t -> going.add(t.name()));
        List<String> dependents = new ArrayList<>();
        for (Table t : tables) {
            for (Map.Entry<Table, ForeignKey> ref : schema.foreignKeysReferencing(t.name())) {
                if (!going.contains(ref.getKey().name())) {
                    dependents.add(ref.getKey().name().name() + "." + ref.getValue().name());
                }
            }
        }
        int others = (int) selection.get().stream().filter(p -> tableOf(p).isEmpty()).count();
        return Optional.of(new CanvasEdits.Deletion(tables.stream().map(t -> t.name().toString()).toList(), dependents, others));
    }

    /** Deletes the selected tables as one undoable step ("Drop table orders", "Delete 3 tables"). */
    public boolean deleteSelected() {
        return delete("Delete");
    }

    /**
     * Deletes the selected tables, the undo entry named for the gesture ("Cut 3 tables"); a single
     * table's entry is its drop ("Drop table orders"). False when none is selected.
     */
    boolean delete(String verb) {
        List<Table> tables = selectedTables();
        if (tables.isEmpty()) {
            return false;
        }
        List<Edit> drops = tables.stream().<Edit>map(t -> new TableEdits.DropTable(t.name())).toList();
        Edit edit = drops.size() == 1 && verb.equals("Delete") ? drops.get(0)
                : new Composite(verb + " " + DiagramViewModel.cardCount(tables.stream()
                        .map(t -> ObjectPath.table(t.name()).toString()).toList()), drops);
        return editor.apply(edit);
    }

    private static Optional<QualifiedName> tableOf(String path) {
        try {
            ObjectPath p = ObjectPath.parse(path);
            return p.kind() == ObjectPath.Kind.TABLE ? Optional.of(p.owner()) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

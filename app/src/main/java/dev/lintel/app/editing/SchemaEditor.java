package dev.lintel.app.editing;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.document.Position;
import dev.lintel.model.edit.Edit;
import dev.lintel.model.edit.EditException;
import dev.lintel.model.edit.EditHistory;
import dev.lintel.model.edit.MoveCards;
import dev.lintel.model.edit.TableEdits;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.List;
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

/**
 * Every change of the schema made in the window goes through here: the edit is applied, recorded
 * in the undo history (one entry per gesture) and handed to the main window, which re-lints and
 * redraws. When the schema is replaced by anything else (another document opened, an import),
 * the history no longer fits it and is cleared.
 */
public final class SchemaEditor {
    private final ObservableValue<Schema> schema;
    private final Consumer<Schema> commit;
    private final ObservableValue<String> selected;
    private final Consumer<String> select;
    private final Consumer<String> report;
    private final EditHistory history = new EditHistory();
    // The schema this editor last handed over; any other new value comes from elsewhere.
    private Schema ours;
    private String lastError = "";
    private final TableActions tableActions;
    private Consumer<String> placement = path -> { };
    private Consumer<Map<String, Position>> cardMover = positions -> { };

    // Properties ------------------------------------------------------------------------------
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyIntegerWrapper renameRequests = new ReadOnlyIntegerWrapper(this, "renameRequests");

    /**
     * @param commit replaces the window's schema (marks the document unsaved, re-lints)
     * @param report shows a refused edit's reason in the status line
     */
    public SchemaEditor(ObservableValue<Schema> schema, Consumer<Schema> commit, ObservableValue<String> selected,
                        Consumer<String> select, Consumer<String> report) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.commit = Objects.requireNonNull(commit, "commit");
        this.selected = selected;
        this.select = select;
        this.report = report;
        this.tableActions = new TableActions(this);
        schema.addListener((obs, old, now) -> {
            if (now != ours) {
                history.clear();
                refresh();
            }
        });
    }

    /** "Undo Add column email", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Increases when a new object wants a name: the inspector focuses its name field. */
    public ReadOnlyIntegerProperty renameRequestsProperty() {
        return renameRequests.getReadOnlyProperty();
    }

    /** The dialect names and types are checked against. */
    public Dialect dialect() {
        return Dialect.POSTGRES;
    }

    public Schema schema() {
        return schema.getValue();
    }

    String selectedPath() {
        return selected.getValue();
    }

    void report(String text) {
        report.accept(text);
    }

    /** The selected tables, and deleting them. */
    public TableActions tableActions() {
        return tableActions;
    }

    // Commands --------------------------------------------------------------------------------

    /** Applies one gesture's edit; returns false (and says why in the status line) when it does not fit. */
    public boolean apply(Edit edit) {
        try {
            hand(history.apply(edit, schema.getValue()));
            return true;
        } catch (EditException e) {
            lastError = e.getMessage();
            report.accept(edit.label() + ": " + e.getMessage());
            return false;
        }
    }

    /** Why the last refused edit did not fit the schema. */
    public String lastError() {
        return lastError;
    }

    public void undo() {
        if (history.canUndo()) {
            String label = history.undoLabel().orElse("");
            step(() -> history.undo(schema.getValue()), "Undid " + label);
        }
    }

    public void redo() {
        if (history.canRedo()) {
            String label = history.redoLabel().orElse("");
            step(() -> history.redo(schema.getValue()), "Redid " + label);
        }
    }

    /**
     * Adds an empty table with a free name ({@code new_table}, {@code new_table_2} ...) in the schema
     * most tables use, selects it and asks for its name to be typed.
     */
    public QualifiedName newTable() {
        return newTable(placement);
    }

    /**
     * Where {@link #newTable()} puts the new table's card (the canvas: somewhere free in the visible
     * part of the diagram); receives the table's object path before the table is added.
     */
    public void setNewTablePlacement(Consumer<String> placeCard) {
        placement = Objects.requireNonNull(placeCard, "placeCard");
    }

    /**
     * Where cards go when an edit, its undo or its redo moves them ({@link MoveCards}): the
     * canvas puts them there and the document keeps the positions.
     */
    public void setCardMover(Consumer<Map<String, Position>> mover) {
        cardMover = Objects.requireNonNull(mover, "mover");
    }

    /** {@link #newTable()}, with {@code placeCard} told the new table's path before it is added. */
    public QualifiedName newTable(Consumer<String> placeCard) {
        Schema s = schema.getValue();
        String namespace = s.tables().isEmpty() ? dialect().defaultSchema() : s.tables().get(0).name().schema();
        QualifiedName name = QualifiedName.of(namespace, "new_table");
        for (int n = 2; s.table(name).isPresent() || s.view(name).isPresent(); n++) {
            name = QualifiedName.of(namespace, "new_table_" + n);
        }
        placeCard.accept(ObjectPath.table(name).toString());
        if (!apply(TableEdits.AddTable.atEnd(Table.of(name, List.of())))) {
            return null;
        }
        select.accept(ObjectPath.table(name).toString());
        renameRequests.set(renameRequests.get() + 1);
        return name;
    }

    private void step(java.util.function.Supplier<EditHistory.Step> action, String done) {
        try {
            hand(action.get());
            report.accept(done);
        } catch (EditException e) {
            // The schema no longer fits the history (should not happen: other changes clear it).
            history.clear();
            refresh();
            report.accept(e.getMessage());
        }
    }

    private void hand(EditHistory.Step step) {
        String followed = SelectionFollower.follow(selected.getValue(), step.applied());
        ours = step.schema();
        commit.accept(step.schema());
        Map<String, Position> moved = MoveCards.targetsOf(step.applied());
        if (!moved.isEmpty()) {
            cardMover.accept(moved);
        }
        if (!Objects.equals(followed, selected.getValue())) {
            select.accept(followed);
        }
        refresh();
    }

    private void refresh() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoLabel().map(l -> "Undo " + l).orElse("Undo"));
        redoText.set(history.redoLabel().map(l -> "Redo " + l).orElse("Redo"));
    }
}

package dev.lintel.model.edit;

import dev.lintel.model.schema.Schema;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo of edits, unlimited, one entry per user gesture. Each entry keeps the edit and the
 * inverse computed when it was applied; undoing applies the inverse, redoing applies the edit again.
 * Not thread-safe: the window's editor uses it from the UI thread only.
 */
public final class EditHistory {
    private record Entry(Edit edit, Edit inverse) {
    }

    /** The schema after an apply, undo or redo, and the edit that made it (for undo: the inverse), e.g. to move the selection along. */
    public record Step(Schema schema, Edit applied) {
    }

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();

    /** Applies {@code edit} to {@code schema} and records it; clears what could be redone. */
    public Step apply(Edit edit, Schema schema) {
        Edit.Applied applied = Objects.requireNonNull(edit, "edit").apply(schema);
        undo.push(new Entry(edit, applied.inverse()));
        redo.clear();
        return new Step(applied.schema(), edit);
    }

    /** Undoes the latest entry; the schema must be the one that entry left. */
    public Step undo(Schema schema) {
        Entry entry = undo.peek();
        if (entry == null) {
            throw new IllegalStateException("nothing to undo");
        }
        Schema restored = entry.inverse().apply(schema).schema();
        undo.pop();
        redo.push(entry);
        return new Step(restored, entry.inverse());
    }

    /** Applies the latest undone entry again. */
    public Step redo(Schema schema) {
        Entry entry = redo.peek();
        if (entry == null) {
            throw new IllegalStateException("nothing to redo");
        }
        Edit.Applied applied = entry.edit().apply(schema);
        redo.pop();
        undo.push(new Entry(entry.edit(), applied.inverse()));
        return new Step(applied.schema(), entry.edit());
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The label of what Undo would undo ("Add column email"). */
    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(e -> e.edit().label());
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(e -> e.edit().label());
    }

    public int undoSize() {
        return undo.size();
    }

    /** Forgets everything: another document was opened, so old inverses no longer fit. */
    public void clear() {
        undo.clear();
        redo.clear();
    }
}

package dev.lintel.app.editing;

import dev.lintel.model.edit.Composite;
import dev.lintel.model.edit.ColumnEdits;
import dev.lintel.model.edit.Edit;
import dev.lintel.model.edit.TableEdits;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;

/**
 * Where a selected object is after an edit: renaming or moving a table (or renaming a column)
 * changes its path, and the selection must follow so that the inspector stays on it.
 */
final class SelectionFollower {
    private SelectionFollower() {
    }

    /** The path of the selected object after {@code edit}; the same path when the edit did not rename it. */
    static String follow(String selected, Edit edit) {
        if (selected == null) {
            return null;
        }
        ObjectPath path;
        try {
            path = ObjectPath.parse(selected);
        } catch (IllegalArgumentException e) {
            return selected;
        }
        return follow(path, edit).toString();
    }

    private static ObjectPath follow(ObjectPath path, Edit edit) {
        if (edit instanceof Composite c) {
            ObjectPath p = path;
            for (Edit part : c.edits()) {
                p = follow(p, part);
            }
            return p;
        }
        if (edit instanceof TableEdits.RenameTable r) {
            return retable(path, r.table(), r.table().withName(r.newName()));
        }
        if (edit instanceof TableEdits.MoveTable m) {
            return retable(path, m.table(), m.table().withSchema(m.toSchema()));
        }
        if (edit instanceof ColumnEdits.RenameColumn r && path.kind() == ObjectPath.Kind.COLUMN
                && path.owner().equals(r.table()) && r.column().equals(path.member())) {
            return ObjectPath.column(r.table(), r.newName());
        }
        return path;
    }

    private static ObjectPath retable(ObjectPath path, QualifiedName from, QualifiedName to) {
        boolean tableLike = path.kind() == ObjectPath.Kind.TABLE || path.member() != null;
        return tableLike && path.owner().equals(from) ? new ObjectPath(path.kind(), to, path.member()) : path;
    }
}

package dev.lintel.app.canvas;

import java.util.List;
import java.util.Optional;

/**
 * What the canvas can change in the schema, in its own terms (object paths, names as typed): new
 * tables where the user double-clicks, renames in place, foreign keys by dragging a column onto a
 * table, quick fixes from a card's findings. The editing view-model implements it; without one
 * ({@link #NONE}) the canvas only shows.
 */
public interface CanvasEdits {
    /** A foreign key the drop of a column onto a table would create, described for the user. */
    record ForeignKeyProposal(String description, String indexName, Object edit) {
    }

    /** A finding on a card and the title of its first fix, or null when it has none. */
    record FixOffer(String finding, String fix) {
    }

    /** Adds a table whose card's top-left corner is at (x, y) in diagram units, selects it and asks for its name. */
    void newTableAt(double x, double y);

    /** What is wrong with {@code name} as the new name of the table; empty when it is fine. */
    String checkTableName(String tablePath, String name);

    /** Renames the table (one undoable edit); false, changing nothing, when the name is refused. */
    boolean renameTable(String tablePath, String name);

    /**
     * The foreign key that dropping {@code column} of {@code fromTable} onto {@code toTable} (on its
     * column {@code toColumn}, or null) would make; empty, with no reason given, when none fits.
     */
    Optional<ForeignKeyProposal> proposeForeignKey(String fromTable, String column, String toTable, String toColumn);

    /** Makes the proposed foreign key, with its index or without, as one undoable edit. */
    boolean createForeignKey(ForeignKeyProposal proposal, boolean withIndex);

    /** The findings on a table (and its members) as its card's popover lists them. */
    List<FixOffer> fixesOn(String tablePath);

    /** Applies the first fix of the {@code index}-th finding of {@link #fixesOn}. */
    boolean applyFix(String tablePath, int index);

    CanvasEdits NONE = new CanvasEdits() {
        public void newTableAt(double x, double y) {
        }

        public String checkTableName(String tablePath, String name) {
            return "";
        }

        public boolean renameTable(String tablePath, String name) {
            return false;
        }

        public Optional<ForeignKeyProposal> proposeForeignKey(String fromTable, String column, String toTable, String toColumn) {
            return Optional.empty();
        }

        public boolean createForeignKey(ForeignKeyProposal proposal, boolean withIndex) {
            return false;
        }

        public List<FixOffer> fixesOn(String tablePath) {
            return List.of();
        }

        public boolean applyFix(String tablePath, int index) {
            return false;
        }
    };
}

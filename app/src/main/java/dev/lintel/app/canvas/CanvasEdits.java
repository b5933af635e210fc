package dev.lintel.app.canvas;

import dev.lintel.model.layout.Point;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the canvas can change in the schema, in its own terms (object paths, names as typed): new
 * tables where the user double-clicks, renames in place, foreign keys by dragging a column onto a
 * table, quick fixes from a card's findings; moves, deletes and the clipboard for the selected
 * cards. The editing view-model implements it; without one ({@link #NONE}) the canvas only shows.
 */
public interface CanvasEdits {
    /** A foreign key the drop of a column onto a table would create, described for the user. */
    record ForeignKeyProposal(String description, String indexName, Object edit) {
    }

    /** A finding on a card and the title of its first fix, or null when it has none. */
    record FixOffer(String finding, String fix) {
    }

    /**
     * What deleting the selected tables would take along, for the user to confirm: the tables, the
     * foreign keys of other tables that point at them, and how many selected cards are not tables
     * (views and enum types, which stay).
     */
    record Deletion(List<String> tables, List<String> dependentForeignKeys, int otherCards) {
        public Deletion {
            tables = List.copyOf(tables);
            dependentForeignKeys = List.copyOf(dependentForeignKeys);
        }

        /** "Delete table orders?", "Delete 3 tables?" */
        public String question() {
            return "Delete " + (tables.size() == 1 ? "table " + tables.get(0) : tables.size() + " tables") + "?";
        }
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

    /**
     * Moves cards (top-left corners, diagram units; {@code from} where they are now) as one
     * undoable step named {@code label}; false when refused.
     */
    boolean moveCards(String label, Map<String, Point> from, Map<String, Point> to);

    /** The deletion of the selected tables to confirm; empty when no table is selected. */
    Optional<Deletion> deletionOfSelection();

    /** Deletes the selected tables (and the keys that point at them) as one undoable step. */
    boolean deleteSelection();

    /** Puts the selected tables on the clipboard: as DDL text, and in a form a paste restores exactly. */
    void copySelection();

    /** Copies the selected tables, then deletes them: one undoable step. */
    void cutSelection();

    /** Puts the DDL of the selected tables (for the document's dialect) on the clipboard, as text only. */
    void copySelectionAsDdl();

    /** Adds the clipboard's tables (copied in Lintel, or SQL text from anywhere) as one undoable step. */
    void paste();

    /** Copies and pastes the selected tables in one step, leaving the clipboard alone. */
    void duplicateSelection();

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

        public boolean moveCards(String label, Map<String, Point> from, Map<String, Point> to) {
            return false;
        }

        public Optional<Deletion> deletionOfSelection() {
            return Optional.empty();
        }

        public boolean deleteSelection() {
            return false;
        }

        public void copySelection() {
        }

        public void cutSelection() {
        }

        public void copySelectionAsDdl() {
        }

        public void paste() {
        }

        public void duplicateSelection() {
        }
    };
}

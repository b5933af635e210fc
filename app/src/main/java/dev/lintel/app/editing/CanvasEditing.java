package dev.lintel.app.editing;

import dev.lintel.app.canvas.CanvasEdits;
import dev.lintel.app.canvas.DiagramViewModel;
import dev.lintel.model.document.Position;
import dev.lintel.model.edit.Composite;
import dev.lintel.model.edit.Edit;
import dev.lintel.model.edit.MoveCards;
import dev.lintel.model.edit.TableEdits;
import dev.lintel.model.edit.Validation;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.layout.Point;
import dev.lintel.model.schema.QualifiedName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The canvas's edits, made through the {@link SchemaEditor} (one undo entry per gesture): a new
 * table where the user double-clicked (or, from the toolbar and Ctrl+T, somewhere free on screen),
 * a rename in place with the inspector's validation, a foreign key made by dropping a column on a
 * table (with its index, as one edit), the quick fixes of a card's findings; moves of the selected
 * cards, deleting the selected tables, and the clipboard ({@link TableClipboard}).
 */
public final class CanvasEditing implements CanvasEdits {
    private final SchemaEditor editor;
    private final DiagramViewModel diagram;
    private final QuickFixViewModel quickFixes;
    private final TableClipboard clipboard;

    public CanvasEditing(SchemaEditor editor, DiagramViewModel diagram, QuickFixViewModel quickFixes, TableClipboard clipboard) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.diagram = Objects.requireNonNull(diagram, "diagram");
        this.quickFixes = Objects.requireNonNull(quickFixes, "quickFixes");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        editor.setNewTablePlacement(diagram::placeNextInView);
        // Moves, their undo and redo put the cards where the edit says; the document keeps them there.
        editor.setCardMover(diagram::placeCards);
        editor.tableActions().setSelection(() -> List.copyOf(diagram.selection().cards()));
        diagram.setEdits(this);
    }

    @Override
    public void newTableAt(double x, double y) {
        editor.newTable(path -> diagram.placeNextAt(path, x, y));
    }

    @Override
    public String checkTableName(String tablePath, String name) {
        QualifiedName table = tableOf(tablePath);
        if (table == null) {
            return "";
        }
        List<String> messages = Validation.tableName(editor.schema(), table.withName(name), table, editor.dialect());
        return messages.isEmpty() ? "" : messages.get(0);
    }

    @Override
    public boolean renameTable(String tablePath, String name) {
        QualifiedName table = tableOf(tablePath);
        if (table == null || !checkTableName(tablePath, name).isEmpty()) {
            return false;
        }
        return name.equals(table.name()) || editor.apply(new TableEdits.RenameTable(table, name));
    }

    @Override
    public Optional<ForeignKeyProposal> proposeForeignKey(String fromTable, String column, String toTable, String toColumn) {
        QualifiedName from = tableOf(fromTable);
        QualifiedName to = tableOf(toTable);
        if (from == null || to == null) {
            return Optional.empty();
        }
        return ForeignKeyDrop.plan(editor.schema(), from, column, to, toColumn)
                .map(p -> new ForeignKeyProposal(p.description(), p.indexName(), p));
    }

    @Override
    public boolean createForeignKey(ForeignKeyProposal proposal, boolean withIndex) {
        ForeignKeyDrop.Plan plan = (ForeignKeyDrop.Plan) proposal.edit();
        List<Edit> edits = new ArrayList<>(plan.keyEdits());
        if (withIndex && plan.index() != null) {
            edits.add(plan.index());
        }
        String label = edits.get(edits.size() - 1) == plan.index() ? "Add foreign key and index" : "Add foreign key";
        return editor.apply(new Composite(label + " " + keyName(plan), edits));
    }

    private static String keyName(ForeignKeyDrop.Plan plan) {
        return plan.keyEdits().stream().filter(e -> e instanceof dev.lintel.model.edit.ConstraintEdits.AddForeignKey)
                .map(e -> ((dev.lintel.model.edit.ConstraintEdits.AddForeignKey) e).foreignKey().name()).findFirst().orElse("");
    }

    @Override
    public List<FixOffer> fixesOn(String tablePath) {
        return quickFixes.findingsOn(tablePath).stream()
                .map(f -> new FixOffer(f.message(), f.fixes().isEmpty() ? null : f.fixes().get(0).title())).toList();
    }

    @Override
    public boolean applyFix(String tablePath, int index) {
        return quickFixes.applyFirstFix(tablePath, index);
    }

    @Override
    public boolean moveCards(String label, Map<String, Point> from, Map<String, Point> to) {
        return editor.apply(new MoveCards(label, positions(from), positions(to)));
    }

    private static Map<String, Position> positions(Map<String, Point> points) {
        Map<String, Position> out = new LinkedHashMap<>();
        points.forEach((id, p) -> out.put(id, new Position(p.x(), p.y())));
        return out;
    }

    @Override
    public Optional<Deletion> deletionOfSelection() {
        return editor.tableActions().deletionOfSelected();
    }

    @Override
    public boolean deleteSelection() {
        return editor.tableActions().deleteSelected();
    }

    @Override
    public void copySelection() {
        clipboard.copy();
    }

    @Override
    public void cutSelection() {
        clipboard.cut();
    }

    @Override
    public void copySelectionAsDdl() {
        clipboard.copyAsDdl();
    }

    @Override
    public void paste() {
        clipboard.paste();
    }

    @Override
    public void duplicateSelection() {
        clipboard.duplicate();
    }

    private static QualifiedName tableOf(String path) {
        try {
            ObjectPath p = ObjectPath.parse(path);
            return p.kind() == ObjectPath.Kind.TABLE ? p.owner() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}

package dev.lintel.app.canvas;

import dev.lintel.model.layout.Rect;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Side;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

/**
 * The canvas's editing gestures, on top of its navigation: double-click the background for a new
 * table there; double-click a card's name (or F2 on the selection) to rename it in place; drag from
 * a column row onto another card to make a foreign key (a line follows the pointer; a dialog says
 * what will be made and offers its index); click a card's findings badge to list its findings and
 * apply their fixes. Every change goes through {@link DiagramViewModel#edits()}.
 */
final class CanvasEditGestures {
    private static final double DRAG_THRESHOLD = 4;

    private final DiagramCanvasView canvas;
    private final DiagramViewModel viewModel;
    private final Line dragLine = new Line();
    private ColumnDrag columnDrag;
    private TextField renameField;
    private Label renameMessage;

    private record ColumnDrag(String table, String column, Point2D from, boolean moved) {
    }

    CanvasEditGestures(DiagramCanvasView canvas, DiagramViewModel viewModel) {
        this.canvas = canvas;
        this.viewModel = viewModel;
        dragLine.setId("fk-drag-line");
        dragLine.getStyleClass().add("fk-drag-line");
        dragLine.setManaged(false);
        dragLine.setMouseTransparent(true);
        dragLine.getStrokeDashArray().setAll(6.0, 4.0);
        dragLine.setStrokeWidth(2);
        dragLine.setVisible(false);
        canvas.getChildren().add(dragLine);
    }

    /** Installs the handlers; before the canvas's own, so that a column press is not a card move. */
    void install() {
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F2 && renameField == null && viewModel.selectedTable() != null) {
                renameSelected();
                e.consume();
            }
        });
    }

    // A foreign key by dragging a column ------------------------------------------------------

    private void pressed(MouseEvent e) {
        // With Shift or Ctrl a press on a column row is about the selection (CanvasInput), not a key.
        if (e.getButton() != MouseButton.PRIMARY || viewModel.edits() == CanvasEdits.NONE || e.isShiftDown()
                || e.isShortcutDown()) {
            return;
        }
        TableCardView card = DiagramCanvasView.cardUnder(e.getPickResult().getIntersectedNode());
        String column = card == null ? null : card.columnAt(e.getPickResult().getIntersectedNode());
        if (column == null || card.card().kind() != TableCard.Kind.TABLE) {
            return;
        }
        canvas.selectHere(() -> viewModel.selection().selectOnly(card.card().objectPath()));
        columnDrag = new ColumnDrag(card.card().objectPath(), column, new Point2D(e.getX(), e.getY()), false);
        canvas.requestFocus();
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (columnDrag == null) {
            return;
        }
        Point2D from = columnDrag.from();
        if (!columnDrag.moved() && from.distance(e.getX(), e.getY()) < DRAG_THRESHOLD) {
            e.consume();
            return;
        }
        columnDrag = new ColumnDrag(columnDrag.table(), columnDrag.column(), from, true);
        dragLine.setStartX(from.getX());
        dragLine.setStartY(from.getY());
        dragLine.setEndX(e.getX());
        dragLine.setEndY(e.getY());
        dragLine.setVisible(true);
        e.consume();
    }

    private void released(MouseEvent e) {
        ColumnDrag done = columnDrag;
        columnDrag = null;
        dragLine.setVisible(false);
        if (done == null) {
            return;
        }
        e.consume();
        if (!done.moved()) {
            return;
        }
        Point2D w = canvas.toWorld(e.getX(), e.getY());
        String target = cardAt(w);
        if (target == null || target.equals(done.table())) {
            return;
        }
        String targetColumn = columnAt(target, w);
        viewModel.edits().proposeForeignKey(done.table(), done.column(), target, targetColumn)
                .ifPresent(p -> Platform.runLater(() -> confirm(p)));
    }

    private String cardAt(Point2D w) {
        for (Map.Entry<String, Rect> n : canvas.shownLayout().nodes().entrySet()) {
            Rect r = n.getValue();
            if (w.getX() >= r.x() && w.getX() <= r.maxX() && w.getY() >= r.y() && w.getY() <= r.maxY()) {
                return n.getKey();
            }
        }
        return null;
    }

    // The column row under a diagram point of a card, or null (on its header, or below its rows).
    private String columnAt(String cardPath, Point2D w) {
        TableCard card = viewModel.diagramProperty().get().cards().get(cardPath);
        Rect r = canvas.shownLayout().nodes().get(cardPath);
        if (card == null || r == null) {
            return null;
        }
        int row = (int) Math.floor((w.getY() - r.y() - CardGeometry.rowTop(0)) / CardGeometry.ROW);
        return row >= 0 && row < card.columns().size() ? card.columns().get(row).name() : null;
    }

    private void confirm(CanvasEdits.ForeignKeyProposal proposal) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Create Foreign Key");
        dialog.setHeaderText(proposal.description());
        dialog.getDialogPane().setId("fk-dialog");
        CheckBox index = new CheckBox(proposal.indexName() == null ? "An index already leads with the column"
                : "Also create index " + proposal.indexName());
        index.setId("fk-with-index");
        index.setSelected(proposal.indexName() != null);
        index.setDisable(proposal.indexName() == null);
        dialog.getDialogPane().setContent(new VBox(8, index));
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(create).setId("fk-create");
        if (canvas.getScene() != null) {
            dialog.initOwner(canvas.getScene().getWindow());
        }
        dialog.showAndWait().filter(b -> b == create)
                .ifPresent(b -> viewModel.edits().createForeignKey(proposal, index.isSelected()));
    }

    // New table, rename in place --------------------------------------------------------------

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || !e.isStillSincePress()) {
            return;
        }
        TableCardView card = DiagramCanvasView.cardUnder(e.getPickResult().getIntersectedNode());
        if (card == null) {
            Point2D w = canvas.toWorld(e.getX(), e.getY());
            viewModel.edits().newTableAt(w.getX(), w.getY());
            e.consume();
        } else if (card.card().kind() == TableCard.Kind.TABLE && card.isInHeader(e.getPickResult().getIntersectedNode())) {
            rename(card);
            e.consume();
        }
    }

    private void renameSelected() {
        String table = viewModel.selectedTable();
        canvas.centreOn(table);
        canvas.cardNodes().stream().filter(c -> c.card().objectPath().equals(table)
                && c.card().kind() == TableCard.Kind.TABLE).findFirst().ifPresent(this::rename);
    }

    /** Puts a text field over the card's name: Enter renames, Escape cancels, leaving it renames when valid. */
    void rename(TableCardView card) {
        endRename();
        String path = card.card().objectPath();
        Bounds b = canvas.sceneToLocal(card.localToScene(card.getBoundsInLocal()));
        TextField field = new TextField(card.card().name());
        field.setId("inline-rename");
        field.setManaged(false);
        double height = Math.max(28, CardGeometry.HEADER * canvas.scale());
        field.resizeRelocate(b.getMinX(), b.getMinY(), Math.max(160, b.getWidth()), height);
        Label message = new Label();
        message.setId("inline-rename-message");
        message.getStyleClass().addAll("inline-rename-message", "field-error");
        message.setManaged(false);
        message.setVisible(false);
        message.relocate(b.getMinX(), b.getMinY() + height + 2);
        field.textProperty().addListener((obs, o, now) -> {
            String m = viewModel.edits().checkTableName(path, now);
            message.setText(m);
            message.setVisible(!m.isEmpty());
            message.autosize();
        });
        field.addEventHandler(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ENTER) {
                commit(path, field.getText());
            } else if (k.getCode() == KeyCode.ESCAPE) {
                endRename();
                canvas.requestFocus();
            }
        });
        // Keys typed here are the name's, not the canvas's shortcuts (F fits, + zooms ...).
        field.addEventHandler(KeyEvent.ANY, Event::consume);
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && renameField == field) {
                if (viewModel.edits().checkTableName(path, field.getText()).isEmpty()) {
                    viewModel.edits().renameTable(path, field.getText());
                }
                endRename();
            }
        });
        renameField = field;
        renameMessage = message;
        canvas.getChildren().addAll(field, message);
        field.requestFocus();
        field.selectAll();
    }

    private void commit(String path, String name) {
        if (!viewModel.edits().checkTableName(path, name).isEmpty()) {
            return;
        }
        TextField field = renameField;
        renameField = null; // leaving the field below is not a second commit
        viewModel.edits().renameTable(path, name);
        canvas.getChildren().removeAll(field, renameMessage);
        renameMessage = null;
        canvas.requestFocus();
    }

    private void endRename() {
        if (renameField != null) {
            TextField field = renameField;
            renameField = null;
            canvas.getChildren().removeAll(field, renameMessage);
            renameMessage = null;
        }
    }

    // Findings popover ------------------------------------------------------------------------

    /** Lists the card's findings under its badge; those with a fix apply it when clicked. */
    void showFindings(TableCardView card) {
        String path = card.card().objectPath();
        List<CanvasEdits.FixOffer> offers = viewModel.edits().fixesOn(path);
        ContextMenu menu = new ContextMenu();
        menu.setId("card-findings-popover");
        for (int i = 0; i < offers.size(); i++) {
            CanvasEdits.FixOffer offer = offers.get(i);
            MenuItem item;
            if (offer.fix() == null) {
                item = new MenuItem(offer.finding());
                item.setDisable(true);
            } else {
                int index = i;
                item = new MenuItem("Fix: " + offer.fix() + "  \u2014  " + offer.finding());
                item.setId("card-fix-" + i);
                item.setOnAction(e -> viewModel.edits().applyFix(path, index));
            }
            menu.getItems().add(item);
        }
        if (!menu.getItems().isEmpty()) {
            menu.show(card.findingsBadge(), Side.BOTTOM, 0, 0);
        }
    }

    /** True while a column is dragged towards another table (tests, and the canvas's own drag). */
    boolean isDraggingColumn() {
        return columnDrag != null && columnDrag.moved();
    }

    Optional<TextField> renameField() {
        return Optional.ofNullable(renameField);
    }
}

package dev.lintel.app.canvas;

import dev.lintel.model.layout.Point;
import dev.lintel.model.layout.Rect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.shape.Rectangle;

/**
 * The canvas's pointer and keys, as in drawing tools. A click selects a card; Shift or Ctrl+click
 * adds it to the selection or takes it out; dragging a selected card moves the whole selection,
 * one undoable step on the drop. A drag on the background draws a rubber band that selects the
 * cards it touches (with Shift or Ctrl held, adds them); Space+drag, a middle-button drag or the
 * wheel pans; Ctrl+wheel or a pinch zooms. Keys: Ctrl+A selects every card shown, Escape leaves
 * focus mode or else clears the selection, Delete deletes the selected tables after a
 * confirmation, the arrows nudge the selection (Shift: by one unit), + - 0 F zoom.
 */
final class CanvasInput {
    private static final double DRAG_THRESHOLD = 3;
    private static final double NUDGE = 10;

    private final DiagramCanvasView canvas;
    private final DiagramViewModel viewModel;
    private final Rectangle band = new Rectangle();
    private boolean spaceDown;
    private Point2D panFrom;
    private CardDrag drag;
    private Band banding;

    /**
     * A press on a card that may become a move of the selection.
     *
     * @param narrowOnClick the card was part of a larger selection: a click without a move selects it alone
     */
    private record CardDrag(String pressed, Map<String, Rect> start, Point2D pressScreen, Point2D pressWorld, boolean moved,
                            boolean narrowOnClick) {
        CardDrag movedNow() {
            return new CardDrag(pressed, start, pressScreen, pressWorld, true, narrowOnClick);
        }
    }

    /** A rubber band being drawn: where it started, and the cards selected before it when it adds to them. */
    private record Band(Point2D from, Set<String> base) {
    }

    CanvasInput(DiagramCanvasView canvas, DiagramViewModel viewModel) {
        this.canvas = canvas;
        this.viewModel = viewModel;
        band.setId("rubber-band");
        band.getStyleClass().add("rubber-band");
        band.setManaged(false);
        band.setMouseTransparent(true);
        band.setVisible(false);
    }

    void install() {
        canvas.getChildren().add(band);
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() || e.isControlDown()) {
                canvas.zoomAt(Math.exp(e.getDeltaY() / 300), e.getX(), e.getY());
            } else {
                canvas.panBy(e.getDeltaX(), e.getDeltaY());
            }
            e.consume();
        });
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            canvas.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        canvas.setOnKeyPressed(this::keyPressed);
        canvas.setOnKeyReleased(e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
    }

    // Pointer ---------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        if (e.isConsumed()) {
            return; // a column dragged to make a foreign key (CanvasEditGestures)
        }
        canvas.requestFocus();
        if (spaceDown || e.getButton() == MouseButton.MIDDLE) {
            panFrom = new Point2D(e.getX(), e.getY());
            e.consume();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Point2D world = canvas.toWorld(e.getX(), e.getY());
        String card = canvas.cardAt(e.getPickResult().getIntersectedNode(), world);
        boolean modified = e.isShiftDown() || e.isShortcutDown();
        CardSelection selection = viewModel.selection();
        if (card == null) {
            banding = new Band(new Point2D(e.getX(), e.getY()), modified ? selection.cards() : Set.of());
            if (!modified) {
                // A click on the empty background clears the selection, as in drawing tools.
                canvas.selectHere(selection::clear);
            }
            e.consume();
            return;
        }
        boolean narrow = false;
        if (modified) {
            canvas.selectHere(() -> selection.toggle(card));
            if (!selection.contains(card)) {
                return; // taken out of the selection: nothing to drag
            }
        } else if (selection.contains(card) && selection.size() > 1) {
            canvas.selectHere(() -> selection.makePrimary(card));
            narrow = true;
        } else {
            canvas.selectHere(() -> selection.selectOnly(card));
        }
        Map<String, Rect> start = new LinkedHashMap<>();
        for (String id : selection.cards()) {
            Rect r = canvas.shownLayout().nodes().get(id);
            if (r != null) {
                start.put(id, r);
            }
        }
        drag = new CardDrag(card, start, new Point2D(e.getX(), e.getY()), world, false, narrow);
    }

    private void dragged(MouseEvent e) {
        if (panFrom != null) {
            canvas.panBy(e.getX() - panFrom.getX(), e.getY() - panFrom.getY());
            panFrom = new Point2D(e.getX(), e.getY());
            e.consume();
        } else if (banding != null) {
            Point2D from = banding.from();
            band.setX(Math.min(from.getX(), e.getX()));
            band.setY(Math.min(from.getY(), e.getY()));
            band.setWidth(Math.abs(e.getX() - from.getX()));
            band.setHeight(Math.abs(e.getY() - from.getY()));
            band.setVisible(true);
            // The cards the band touches are selected as it grows, so the user sees what the drop will select.
            selectInBand(banding, e);
            e.consume();
        } else if (drag != null && !drag.start().isEmpty()) {
            if (!drag.moved() && drag.pressScreen().distance(e.getX(), e.getY()) < DRAG_THRESHOLD) {
                e.consume();
                return;
            }
            Point2D w = canvas.toWorld(e.getX(), e.getY());
            double dx = w.getX() - drag.pressWorld().getX();
            double dy = w.getY() - drag.pressWorld().getY();
            Map<String, Rect> now = new LinkedHashMap<>();
            drag.start().forEach((id, r) -> now.put(id, r.translated(dx, dy)));
            drag = drag.movedNow();
            canvas.showDragged(now);
            e.consume();
        }
    }

    private void released(MouseEvent e) {
        panFrom = null;
        if (banding != null) {
            Band done = banding;
            banding = null;
            band.setVisible(false);
            if (done.from().distance(e.getX(), e.getY()) >= DRAG_THRESHOLD) {
                selectInBand(done, e);
            }
            return;
        }
        CardDrag done = drag;
        drag = null;
        if (done == null) {
            return;
        }
        if (done.moved()) {
            Map<String, Point> to = new LinkedHashMap<>();
            done.start().keySet().forEach(id -> {
                Rect r = canvas.shownLayout().nodes().get(id);
                to.put(id, new Point(r.x(), r.y()));
            });
            viewModel.moveCards("Move " + DiagramViewModel.cardCount(to.keySet()), to);
            canvas.endDrag();
        } else if (done.narrowOnClick() && e.isStillSincePress()) {
            canvas.selectHere(() -> viewModel.selection().selectOnly(done.pressed()));
        }
    }

    private void selectInBand(Band b, MouseEvent e) {
        Point2D from = canvas.toWorld(b.from().getX(), b.from().getY());
        Point2D to = canvas.toWorld(e.getX(), e.getY());
        Rect area = new Rect(Math.min(from.getX(), to.getX()), Math.min(from.getY(), to.getY()),
                Math.abs(from.getX() - to.getX()), Math.abs(from.getY() - to.getY()));
        List<String> picked = new ArrayList<>(b.base());
        canvas.cardsIn(area).stream().filter(c -> !picked.contains(c)).forEach(picked::add);
        if (!picked.equals(List.copyOf(viewModel.selection().cards()))) {
            canvas.selectHere(() -> viewModel.selection().select(picked, false));
        }
    }

    // Keys ------------------------------------------------------------------------------------

    private void keyPressed(KeyEvent e) {
        CardSelection selection = viewModel.selection();
        switch (e.getCode()) {
            case SPACE -> spaceDown = true;
            case PLUS, ADD, EQUALS -> canvas.zoomAt(1.25, canvas.getWidth() / 2, canvas.getHeight() / 2);
            case MINUS, SUBTRACT -> canvas.zoomAt(0.8, canvas.getWidth() / 2, canvas.getHeight() / 2);
            case DIGIT0, NUMPAD0 -> canvas.zoomToActualSize();
            case A -> {
                if (!e.isShortcutDown()) {
                    return;
                }
                canvas.selectHere(() -> selection.select(canvas.cardsIn(canvas.shownLayout().bounds()), false));
            }
            case ESCAPE -> {
                if (viewModel.focus().isActive()) {
                    viewModel.focus().showAll();
                } else if (selection.size() > 0) {
                    canvas.selectHere(selection::clear);
                } else {
                    return;
                }
            }
            case DELETE, BACK_SPACE -> DeleteConfirmation.confirmAndDelete(canvas.getScene() == null ? null
                    : canvas.getScene().getWindow(), viewModel.edits());
            case LEFT, RIGHT, UP, DOWN -> {
                if (selection.size() == 0) {
                    return; // nothing to nudge: the arrows keep moving the focus
                }
                nudge(e);
            }
            case F -> {
                if (e.isShortcutDown()) {
                    return; // Shortcut+F is the search
                }
                canvas.zoomToFit();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void nudge(KeyEvent e) {
        double step = e.isShiftDown() ? 1 : NUDGE;
        double dx = e.getCode() == KeyCode.LEFT ? -step : e.getCode() == KeyCode.RIGHT ? step : 0;
        double dy = e.getCode() == KeyCode.UP ? -step : e.getCode() == KeyCode.DOWN ? step : 0;
        Map<String, Point> to = new LinkedHashMap<>();
        for (String id : viewModel.selection().cards()) {
            Rect r = viewModel.diagramProperty().get().layout().nodes().get(id);
            if (r != null) {
                to.put(id, new Point(r.x() + dx, r.y() + dy));
            }
        }
        if (!to.isEmpty()) {
            viewModel.moveCards("Move " + DiagramViewModel.cardCount(to.keySet()), to);
        }
    }
}

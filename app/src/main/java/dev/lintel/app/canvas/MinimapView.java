package dev.lintel.app.canvas;

import dev.lintel.model.layout.Rect;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

/**
 * The whole diagram in a small box, with the visible part outlined; pressing or dragging in it
 * moves the view there. Painted, not built from nodes: one rectangle per card.
 */
public final class MinimapView extends StackPane {
    static final double WIDTH = 200;
    static final double HEIGHT = 130;

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final DiagramCanvasView diagram;
    private final DiagramViewModel viewModel;
    private final ObservableValue<Boolean> dark;

    public MinimapView(DiagramCanvasView diagram, DiagramViewModel viewModel, ObservableValue<Boolean> dark) {
        this.diagram = diagram;
        this.viewModel = viewModel;
        this.dark = dark;
        setId("diagram-minimap");
        getStyleClass().add("diagram-minimap");
        getChildren().add(canvas);
        setMaxSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveView);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveView);
    }

    private void moveView(MouseEvent e) {
        Rect b = bounds();
        double k = factor(b);
        diagram.centreOnPoint(b.x() + (e.getX() - offsetX(b, k)) / k, b.y() + (e.getY() - offsetY(b, k)) / k);
        e.consume();
    }

    void repaint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        Palette p = Palette.of(Boolean.TRUE.equals(dark.getValue()));
        g.setFill(p.background());
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Rect b = bounds();
        if (b.width() <= 0) {
            return;
        }
        double k = factor(b);
        double ox = offsetX(b, k);
        double oy = offsetY(b, k);
        String selected = viewModel.selectedTable();
        diagram.shownLayout().nodes().forEach((id, r) -> {
            g.setFill(id.equals(selected) ? p.accent() : p.edge());
            g.fillRect(ox + (r.x() - b.x()) * k, oy + (r.y() - b.y()) * k, Math.max(1, r.width() * k), Math.max(1, r.height() * k));
        });
        Rect v = diagram.visibleArea();
        g.setStroke(p.accent());
        g.setLineWidth(1.5);
        g.strokeRect(ox + (v.x() - b.x()) * k, oy + (v.y() - b.y()) * k, v.width() * k, v.height() * k);
    }

    private Rect bounds() {
        return diagram.shownLayout().bounds();
    }

    private static double factor(Rect b) {
        return Math.min((WIDTH - 8) / Math.max(b.width(), 1), (HEIGHT - 8) / Math.max(b.height(), 1));
    }

    private static double offsetX(Rect b, double k) {
        return (WIDTH - b.width() * k) / 2;
    }

    private static double offsetY(Rect b, double k) {
        return (HEIGHT - b.height() * k) / 2;
    }
}

package dev.lintel.app.canvas;

import dev.lintel.model.layout.Rect;
import java.util.Map;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;

/**
 * Renders the whole diagram to an image off screen, in tiles: one canvas per 2,048 px square is
 * painted and snapshotted, so no texture exceeds what the GPU (or the software pipeline) allows.
 * On the UI thread (canvas snapshots need it); the caller encodes and writes the file elsewhere.
 */
public final class DiagramImage {
    static final int TILE = 2048;
    /** The larger side of an exported image never exceeds this; the scale is lowered to fit. */
    public static final int MAX_SIDE = 16384;

    private DiagramImage() {
    }

    public static WritableImage render(DiagramViewModel.Diagram d, Map<String, CardFindings> findings, boolean dark,
                                       double requestedScale) {
        Rect b = d.layout().bounds();
        double pad = 20;
        double s = Math.min(requestedScale, MAX_SIDE / Math.max(b.width() + 2 * pad, b.height() + 2 * pad));
        int width = Math.max(1, (int) Math.ceil((b.width() + 2 * pad) * s));
        int height = Math.max(1, (int) Math.ceil((b.height() + 2 * pad) * s));
        WritableImage out = new WritableImage(width, height);
        Palette palette = Palette.of(dark);
        DiagramPainter painter = new DiagramPainter(palette);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(palette.background());
        for (int ty = 0; ty < height; ty += TILE) {
            for (int tx = 0; tx < width; tx += TILE) {
                int w = Math.min(TILE, width - tx);
                int h = Math.min(TILE, height - ty);
                Canvas tile = new Canvas(w, h);
                GraphicsContext g = tile.getGraphicsContext2D();
                g.setFill(palette.background());
                g.fillRect(0, 0, w, h);
                double ox = -tx + (pad - b.x()) * s;
                double oy = -ty + (pad - b.y()) * s;
                g.setTransform(new Affine(s, 0, ox, 0, s, oy));
                Rect visible = new Rect(-ox / s, -oy / s, w / s, h / s);
                painter.paintEdges(g, d.layout(), d.edges(), visible, null, Math.max(s, 1));
                painter.paintCardsFull(g, d, findings, visible);
                WritableImage shot = tile.snapshot(params, null);
                PixelReader reader = shot.getPixelReader();
                out.getPixelWriter().setPixels(tx, ty, w, h, reader, 0, 0);
            }
        }
        return out;
    }

    /** True when the image has more than one colour (it is not blank). */
    public static boolean hasContent(javafx.scene.image.Image image) {
        PixelReader r = image.getPixelReader();
        Color first = r.getColor(0, 0);
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                if (!r.getColor(x, y).equals(first)) {
                    return true;
                }
            }
        }
        return false;
    }
}

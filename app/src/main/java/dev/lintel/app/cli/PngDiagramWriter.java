package dev.lintel.app.cli;

import dev.lintel.model.layout.DiagramColour;
import dev.lintel.model.layout.DiagramDrawing;
import dev.lintel.model.layout.DiagramMark;
import dev.lintel.model.layout.Point;
import dev.lintel.model.layout.Rect;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;

/**
 * Paints a {@link DiagramDrawing} (the shapes the SVG export writes) with Java2D into an image:
 * the PNG of {@code lintel render}, with no JavaFX and no display ({@code java.awt.headless}).
 * Each card's text is clipped to its card, as the canvas clips its labels.
 */
final class PngDiagramWriter {
    /** No side of the image exceeds this; the scale is lowered to fit, as in the window's export. */
    static final int MAX_SIDE = 16384;
    /** Nor its area (256 MB of pixels): a 1,000-table diagram at 4x would need gigabytes. */
    static final long MAX_PIXELS = 64L * 1024 * 1024;

    private PngDiagramWriter() {
    }

    /** The scale actually used for {@code requested}: lowered so the image stays within the limits. */
    static double fittedScale(Rect frame, double requested) {
        double s = Math.min(requested, MAX_SIDE / Math.max(frame.width(), frame.height()));
        double pixels = frame.width() * frame.height() * s * s;
        return pixels > MAX_PIXELS ? s * Math.sqrt(MAX_PIXELS / pixels) : s;
    }

    static BufferedImage paint(DiagramDrawing drawing, double scale) {
        Rect f = drawing.frame();
        int width = Math.max(1, (int) Math.ceil(f.width() * scale));
        int height = Math.max(1, (int) Math.ceil(f.height() * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            g.translate(-f.x(), -f.y());
            Map<DiagramMark.Font, Font> fonts = fonts();
            drawing.marks().forEach(m -> paint(g, m, fonts));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void paint(Graphics2D g, DiagramMark mark, Map<DiagramMark.Font, Font> fonts) {
        if (mark instanceof DiagramMark.Group group) {
            Shape clip = g.getClip();
            Rect b = group.bounds();
            g.clip(new Rectangle2D.Double(b.x() - 1, b.y() - 1, b.width() + 2, b.height() + 2));
            group.marks().forEach(m -> paint(g, m, fonts));
            g.setClip(clip);
        } else if (mark instanceof DiagramMark.Box box) {
            Rect r = box.rect();
            Shape shape = box.radius() > 0
                    ? new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * box.radius(), 2 * box.radius())
                    : new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
            if (box.fill() != null) {
                g.setColor(colour(box.fill()));
                g.fill(shape);
            }
            if (box.stroke() != null) {
                g.setColor(colour(box.stroke()));
                g.setStroke(stroke(box.strokeWidth(), box.dashed()));
                g.draw(shape);
            }
        } else if (mark instanceof DiagramMark.Line line) {
            Path2D.Double path = new Path2D.Double();
            Point first = line.points().get(0);
            path.moveTo(first.x(), first.y());
            for (int i = 1; i < line.points().size(); i++) {
                path.lineTo(line.points().get(i).x(), line.points().get(i).y());
            }
            g.setColor(colour(line.stroke()));
            g.setStroke(stroke(line.width(), line.dashed()));
            g.draw(path);
        } else if (mark instanceof DiagramMark.Text text) {
            Font font = fonts.get(text.font());
            g.setFont(font);
            g.setColor(colour(text.colour()));
            double x = text.alignEnd() ? text.x() - g.getFontMetrics().getStringBounds(text.text(), g).getWidth() : text.x();
            g.drawString(text.text(), (float) x, (float) text.y());
        }
    }

    private static Map<DiagramMark.Font, Font> fonts() {
        Map<DiagramMark.Font, Font> out = new EnumMap<>(DiagramMark.Font.class);
        for (DiagramMark.Font f : DiagramMark.Font.values()) {
            int style = (f.bold ? Font.BOLD : Font.PLAIN) | (f.italic ? Font.ITALIC : Font.PLAIN);
            out.put(f, new Font(f.monospaced ? Font.MONOSPACED : Font.SANS_SERIF, style, 1).deriveFont((float) f.size));
        }
        return out;
    }

    private static BasicStroke stroke(double width, boolean dashed) {
        return dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0)
                : new BasicStroke((float) width);
    }

    private static Color colour(DiagramColour c) {
        return new Color(c.red(), c.green(), c.blue(), (int) Math.round(c.opacity() * 255));
    }
}

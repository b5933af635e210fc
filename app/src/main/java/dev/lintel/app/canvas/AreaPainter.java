package dev.lintel.app.canvas;

import dev.lintel.model.layout.DiagramArea;
import dev.lintel.model.layout.DiagramLayout;
import dev.lintel.model.layout.Rect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints subject areas: behind the cards, a tinted rounded frame around each area's shown cards
 * with its name above them; a collapsed area as one labelled box. Areas whose frame is off screen
 * are skipped, as cards are. The tint is light enough for the cards and edges to stay readable
 * on both themes; the label takes the area's hue, darkened on light and lightened on dark.
 */
final class AreaPainter {
    static final double PAD = DiagramArea.PAD;
    static final double LABEL = DiagramArea.LABEL;

    private final boolean dark;
    private final Palette palette;

    AreaPainter(boolean dark) {
        this.dark = dark;
        this.palette = Palette.of(dark);
    }

    /** The frame of each expanded area that has a card in {@code shown}, in area order. */
    static Map<String, Rect> frames(DiagramLayout shown, List<SubjectAreaShape> areas) {
        Map<String, Rect> out = new LinkedHashMap<>();
        for (SubjectAreaShape area : areas) {
            if (area.collapsed()) {
                continue;
            }
            Rect union = null;
            for (String member : area.members()) {
                Rect r = shown.nodes().get(member);
                if (r != null) {
                    union = union == null ? r : union.union(r);
                }
            }
            if (union != null) {
                out.put(area.name(), DiagramArea.frameAround(union));
            }
        }
        return out;
    }

    /** Paints the frames that intersect {@code visible}; returns those it painted, by area name. */
    Map<String, Rect> paintFrames(GraphicsContext g, DiagramLayout shown, List<SubjectAreaShape> areas, Rect visible,
                                  double scale) {
        Map<String, Rect> painted = new LinkedHashMap<>();
        Map<String, Rect> frames = frames(shown, areas);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (SubjectAreaShape area : areas) {
            Rect f = frames.get(area.name());
            if (f == null || !f.intersects(visible)) {
                continue;
            }
            Color c = Color.web(area.colour());
            g.setFill(c.deriveColor(0, 1, 1, dark ? 0.16 : 0.10));
            g.fillRoundRect(f.x(), f.y(), f.width(), f.height(), 18, 18);
            g.setStroke(c.deriveColor(0, 1, 1, 0.75));
            g.setLineWidth(1.5 / Math.max(scale, 0.2));
            g.strokeRoundRect(f.x(), f.y(), f.width(), f.height(), 18, 18);
            g.setFill(labelColour(c));
            // Readable when zoomed out: never smaller than ~12 px on screen.
            g.setFont(Font.font("System", FontWeight.BOLD, Math.max(14, 12 / Math.max(scale, 0.05))));
            g.fillText(area.name(), f.x() + 12, f.y() + Math.min(LABEL, f.height()) / 2 + 4, Math.max(f.width() - 24, 1));
            painted.put(area.name(), f);
        }
        return painted;
    }

    /** Paints collapsed areas (their box is a node of {@code shown}) that intersect {@code visible}. */
    void paintCollapsed(GraphicsContext g, DiagramLayout shown, List<SubjectAreaShape> areas, Rect visible, double scale) {
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (SubjectAreaShape area : areas) {
            Rect r = area.collapsed() ? shown.nodes().get(area.nodeId()) : null;
            if (r == null || !r.intersects(visible)) {
                continue;
            }
            Color c = Color.web(area.colour());
            g.setFill(palette.card());
            g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 14, 14);
            g.setFill(c.deriveColor(0, 1, 1, dark ? 0.30 : 0.18));
            g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 14, 14);
            g.setStroke(c);
            g.setLineWidth(2 / Math.max(scale, 0.2));
            g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 14, 14);
            g.setFill(labelColour(c));
            g.setFont(Font.font("System", FontWeight.BOLD, Math.max(15, 12 / Math.max(scale, 0.05))));
            g.fillText(area.name(), r.x() + 14, r.y() + r.height() * 0.36, r.width() - 28);
            g.setFill(palette.muted());
            g.setFont(Font.font("System", Math.max(12, 10 / Math.max(scale, 0.05))));
            int n = area.members().size();
            g.fillText(n + (n == 1 ? " object" : " objects") + " (collapsed)", r.x() + 14, r.y() + r.height() * 0.72, r.width() - 28);
        }
    }

    private Color labelColour(Color c) {
        return dark ? c.deriveColor(0, 0.8, 1.35, 1) : c.deriveColor(0, 1, 0.62, 1);
    }
}

package dev.lintel.app.canvas;

import dev.lintel.app.findings.FindingSeverity;
import dev.lintel.model.layout.DiagramLayout;
import dev.lintel.model.layout.EdgeEnd;
import dev.lintel.model.layout.EdgeRoute;
import dev.lintel.model.layout.Point;
import dev.lintel.model.layout.Rect;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints the diagram on a {@link GraphicsContext} in diagram units (the caller sets the
 * transform): edges with crow's-foot ends, and cards either as names only (the canvas when zoomed
 * out) or in full (PNG export). Only what intersects {@code visible} is painted.
 */
final class DiagramPainter {
    private static final Font NAME = Font.font("System", FontWeight.BOLD, 13);
    private static final Font ROW = Font.font("System", 12);
    private static final Font TYPE = Font.font("Monospaced", 11);

    private final Palette palette;

    DiagramPainter(Palette palette) {
        this.palette = palette;
    }

    /** Edges crossing {@code visible}; those of {@code highlighted} (a table path) in the accent colour. */
    void paintEdges(GraphicsContext g, DiagramLayout layout, Map<String, EdgeStyle> styles, Rect visible,
                    String highlighted, double scale) {
        g.setLineCap(javafx.scene.shape.StrokeLineCap.BUTT);
        for (EdgeRoute r : layout.routes()) {
            if (!r.bounds().intersects(grow(visible, 30)) && !visible.contains(r.bounds())) {
                continue;
            }
            EdgeStyle style = styles.get(r.edge().id());
            boolean hot = highlighted != null && (r.edge().source().equals(highlighted) || r.edge().target().equals(highlighted));
            g.setStroke(hot ? palette.accent() : palette.edge());
            g.setLineWidth((hot ? 2.2 : 1.2) / Math.max(scale, 0.25));
            g.setLineDashes(style == null || style.identifying() && style.enforced() ? null
                    : style.enforced() ? new double[] {6, 4} : new double[] {1.5, 3.5}); // dotted: declared, not enforced
            int n = r.points().size();
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = r.points().get(i).x();
                ys[i] = r.points().get(i).y();
            }
            g.strokePolyline(xs, ys, n);
            g.setLineDashes(null);
            if (scale >= 0.3 && style != null) {
                // Parent end: exactly one (two bars) or zero-or-one (bar and circle).
                EdgeEnd.Pair ends = EdgeEnd.Pair.of(style.optional(), style.oneToOne());
                end(g, r.points().get(1), r.first(), ends.parent());
                // Child end: zero-or-many (circle and crow's foot), or zero-or-one for a unique key.
                end(g, r.points().get(n - 2), r.last(), ends.child());
            }
        }
    }

    // The marker's geometry is shared with the exports (EdgeEnd): the canvas and an SVG draw the same marks.
    private void end(GraphicsContext g, Point from, Point at, EdgeEnd kind) {
        EdgeEnd.Marker m = kind.marker(from, at);
        if (m == null) {
            return;
        }
        for (java.util.List<Point> stroke : m.strokes()) {
            g.strokeLine(stroke.get(0).x(), stroke.get(0).y(), stroke.get(1).x(), stroke.get(1).y());
        }
        if (m.circle() != null) {
            double r = m.radius();
            g.setFill(palette.background());
            g.fillOval(m.circle().x() - r, m.circle().y() - r, 2 * r, 2 * r);
            g.strokeOval(m.circle().x() - r, m.circle().y() - r, 2 * r, 2 * r);
        }
    }

    /**
     * Cards as boxes with their names, for zoomed-out views: no rows, no nodes.
     *
     * @param selected the selected cards' paths, outlined in the accent colour
     * @param searchMatches the tables matching the search (the rest are faded), or null when none runs
     */
    void paintCardsCompact(GraphicsContext g, DiagramViewModel.Diagram d, Map<String, CardFindings> findings,
                           Rect visible, Set<String> selected, double scale, Set<String> searchMatches) {
        boolean names = scale >= 0.12;
        g.setFont(Font.font("System", FontWeight.BOLD, 13 / Math.max(scale, 0.2) * 0.9));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (Map.Entry<String, Rect> e : d.layout().nodes().entrySet()) {
            Rect r = e.getValue();
            if (!r.intersects(visible)) {
                continue;
            }
            boolean isSelected = selected.contains(e.getKey());
            g.setGlobalAlpha(searchMatches == null || searchMatches.contains(e.getKey()) ? 1 : 0.25);
            g.setFill(palette.card());
            g.fillRect(r.x(), r.y(), r.width(), r.height());
            g.setFill(palette.header());
            g.fillRect(r.x(), r.y(), r.width(), Math.min(r.height(), CardGeometry.HEADER));
            g.setStroke(isSelected ? palette.accent() : palette.cardBorder());
            g.setLineWidth((isSelected ? 3 : 1) / scale);
            g.strokeRect(r.x(), r.y(), r.width(), r.height());
            CardFindings f = findings.get(e.getKey());
            if (f != null) {
                // 10 px on screen, but never more than a fifth of the card: far out it is a dot, not a blot.
                double s = Math.min(10 / scale, Math.min(r.width(), r.height()) / 5);
                g.setFill(severityColour(f.worst()));
                g.fillOval(r.maxX() - s * 1.6, r.y() + s * 0.6, s, s);
            }
            TableCard card = d.cards().get(e.getKey());
            if (names && card != null) {
                g.setFill(palette.text());
                g.fillText(card.name(), r.x() + 8 / scale, r.y() + CardGeometry.HEADER / 2 + 6 / scale, r.width() - 16 / scale);
            }
        }
        g.setGlobalAlpha(1);
    }

    /**
     * Far out, where no card node exists, a changed table's header is tinted as its card would be:
     * green for a new table, amber for a modified one (painted over the compact cards).
     */
    void paintChangeMarks(GraphicsContext g, DiagramLayout layout, Map<String, CardChange> changes, Rect visible) {
        boolean dark = palette == Palette.DARK;
        for (Map.Entry<String, CardChange> e : changes.entrySet()) {
            Rect r = layout.nodes().get(e.getKey());
            if (r == null || !r.intersects(visible)) {
                continue;
            }
            Color c = e.getValue().mark() == CardChange.Mark.ADDED
                    ? Color.web(dark ? "#3fb950" : "#1a7f37") : palette.warning();
            g.setFill(c.deriveColor(0, 1, 1, 0.45));
            g.fillRect(r.x(), r.y(), r.width(), Math.min(r.height(), CardGeometry.HEADER));
        }
    }

    /** Cards in full (header, rows with markers, name and type), for PNG export. */
    void paintCardsFull(GraphicsContext g, DiagramViewModel.Diagram d, Map<String, CardFindings> findings, Rect visible) {
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (Map.Entry<String, Rect> e : d.layout().nodes().entrySet()) {
            Rect r = e.getValue();
            TableCard card = d.cards().get(e.getKey());
            if (!r.intersects(visible) || card == null) {
                continue;
            }
            g.setFill(palette.card());
            g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 10, 10);
            g.setFill(palette.header());
            g.fillRoundRect(r.x(), r.y(), r.width(), CardGeometry.HEADER, 10, 10);
            g.setStroke(palette.cardBorder());
            g.setLineWidth(1);
            g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 10, 10);
            g.strokeLine(r.x(), r.y() + CardGeometry.HEADER, r.maxX(), r.y() + CardGeometry.HEADER);
            g.setFill(palette.text());
            g.setFont(NAME);
            g.fillText(card.name(), r.x() + 10, r.y() + CardGeometry.HEADER / 2, r.width() - 60);
            if (!card.schemaName().isEmpty()) {
                g.setFill(palette.muted());
                g.setFont(ROW);
                g.setTextAlign(TextAlignment.RIGHT);
                g.fillText(card.schemaName(), r.maxX() - 10, r.y() + CardGeometry.HEADER / 2);
                g.setTextAlign(TextAlignment.LEFT);
            }
            CardFindings f = findings.get(e.getKey());
            for (int i = 0; i < card.columns().size(); i++) {
                ColumnLine c = card.columns().get(i);
                double y = r.y() + CardGeometry.rowTop(i) + CardGeometry.ROW / 2;
                String keys = ColumnMarkerText.of(c);
                g.setFont(TYPE);
                g.setFill(palette.warning());
                g.fillText(keys, r.x() + 10, y);
                g.setFont(c.primaryKey() ? NAME : ROW);
                g.setFill(palette.text());
                g.fillText(c.name(), r.x() + 10 + 7 * keys.length() + (keys.isEmpty() ? 0 : 6), y);
                g.setFont(TYPE);
                g.setFill(palette.muted());
                g.setTextAlign(TextAlignment.RIGHT);
                g.fillText(c.type(), r.maxX() - 24, y);
                g.setTextAlign(TextAlignment.LEFT);
                CardFindings.ColumnFindings cf = f == null ? null : f.columns().get(c.name());
                if (cf != null) {
                    g.setFill(severityColour(cf.worst()));
                    g.fillOval(r.maxX() - 18, y - 4, 8, 8);
                }
            }
            if (f != null) {
                g.setFill(severityColour(f.worst()));
                g.fillOval(r.maxX() - 20, r.y() + CardGeometry.HEADER / 2 - 5, 10, 10);
            }
        }
    }

    Color severityColour(FindingSeverity s) {
        return switch (s) {
            case ERROR -> palette.danger();
            case WARNING -> palette.warning();
            default -> palette.info();
        };
    }

    static Rect grow(Rect r, double by) {
        return new Rect(r.x() - by, r.y() - by, r.width() + 2 * by, r.height() + 2 * by);
    }
}

package dev.lintel.model.report;

import dev.lintel.model.document.Layout;
import dev.lintel.model.document.Position;
import dev.lintel.model.layout.AutoLayout;
import dev.lintel.model.layout.DiagramLayout;
import dev.lintel.model.layout.EdgeRoute;
import dev.lintel.model.layout.LayoutGraph;
import dev.lintel.model.layout.Point;
import dev.lintel.model.layout.Rect;
import dev.lintel.model.layout.Size;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The schema diagram as inline SVG text for the review bundle: table cards placed by the shared
 * {@link AutoLayout} (stored canvas positions win), foreign keys along its routed edges. The model
 * cannot measure text, so card sizes come from character counts at a fixed monospace advance.
 *
 * <p>Interim: when the canvas's JavaFX-free SVG export lands in the model, the bundle should use it
 * and this class goes; it exists so that {@code lintel report} works headless today.
 */
final class DiagramSvg {
    static final double CHAR = 7.4;
    static final double ROW = 18;
    static final double HEADER = 26;
    static final double PAD = 10;

    private DiagramSvg() {
    }

    static String render(Schema schema, Layout layout, Set<String> flaggedObjects, Map<String, Integer> commentCounts) {
        Map<String, Table> byId = new HashMap<>();
        schema.tables().forEach(t -> byId.put(ObjectPath.table(t.name()).toString(), t));
        LayoutGraph graph = LayoutGraph.of(schema, DiagramSvg::size);
        Map<String, Position> stored = new HashMap<>();
        layout.positions().forEach((k, v) -> {
            if (byId.containsKey(k)) {
                stored.put(k, v);
            }
        });
        DiagramLayout placed = AutoLayout.layout(graph, stored);
        Rect b = placed.bounds();
        double m = 20;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg id=\"diagram-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%.1f %.1f %.1f %.1f\" "
                        + "role=\"img\" aria-label=\"Schema diagram\">\n<g id=\"viewport\">\n",
                b.x() - m, b.y() - m, Math.max(b.width(), 1) + 2 * m, Math.max(b.height(), 1) + 2 * m));
        for (EdgeRoute r : placed.routes()) {
            svg.append("<polyline class=\"fk\" data-object=\"").append(Html.esc(r.edge().id())).append("\" points=\"");
            for (Point p : r.points()) {
                svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", p.x(), p.y()));
            }
            svg.append("\"/>\n");
        }
        Set<String> pkColumns = new HashSet<>();
        placed.nodes().forEach((id, rect) -> {
            Table t = byId.get(id);
            pkColumns.clear();
            if (t.primaryKey() != null) {
                pkColumns.addAll(t.primaryKey().columns());
            }
            boolean flagged = flaggedObjects.contains(id);
            svg.append(String.format(Locale.ROOT, "<g class=\"table%s\" data-object=\"%s\" transform=\"translate(%.1f,%.1f)\">\n",
                    flagged ? " flagged" : "", Html.esc(id), rect.x(), rect.y()));
            svg.append(String.format(Locale.ROOT, "<rect class=\"card\" width=\"%.1f\" height=\"%.1f\" rx=\"4\"/>\n",
                    rect.width(), rect.height()));
            svg.append(String.format(Locale.ROOT, "<rect class=\"head\" width=\"%.1f\" height=\"%.1f\" rx=\"4\"/>\n",
                    rect.width(), HEADER));
            svg.append(String.format(Locale.ROOT, "<text class=\"title\" x=\"%.1f\" y=\"17\">%s</text>\n", PAD,
                    Html.esc(t.name().toString())));
            int comments = commentCounts.getOrDefault(id, 0);
            if (comments > 0) {
                svg.append(String.format(Locale.ROOT, "<text class=\"badge\" x=\"%.1f\" y=\"17\" text-anchor=\"end\">%d\u2709</text>\n",
                        rect.width() - PAD, comments));
            }
            double y = HEADER + ROW - 5;
            for (Column c : t.columns()) {
                String cls = pkColumns.contains(c.name()) ? "col pk" : "col";
                if (flaggedObjects.contains(ObjectPath.column(t.name(), c.name()).toString())) {
                    cls += " flagged";
                }
                svg.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\">%s<tspan class=\"type\"> %s%s</tspan></text>\n",
                        cls, PAD, y, Html.esc(c.name()), Html.esc(c.type().toString()), c.nullable() ? "" : " not null"));
                y += ROW;
            }
            svg.append("</g>\n");
        });
        svg.append("</g>\n</svg>");
        return svg.toString();
    }

    static Size size(Table t) {
        int chars = t.name().toString().length() + 4;
        for (Column c : t.columns()) {
            chars = Math.max(chars, c.name().length() + c.type().toString().length() + (c.nullable() ? 1 : 10));
        }
        return new Size(Math.max(120, chars * CHAR + 2 * PAD), HEADER + Math.max(1, t.columns().size()) * ROW + 6);
    }
}

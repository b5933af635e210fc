package dev.lintel.model.report;

import dev.lintel.model.document.Layout;
import dev.lintel.model.document.Position;
import dev.lintel.model.layout.AutoLayout;
import dev.lintel.model.layout.DiagramLayout;
import dev.lintel.model.layout.LayoutGraph;
import dev.lintel.model.layout.Rect;
import dev.lintel.model.layout.Size;
import dev.lintel.model.layout.SvgDiagramWriter;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The schema diagram for the review bundle: the shared {@link AutoLayout} (stored canvas positions
 * win) drawn by the canvas's own {@link SvgDiagramWriter}, with the bundle's additions on top: an id
 * for pan/zoom, cards with open findings outlined, and a badge with the number of open threads.
 * The model cannot measure text, so card sizes are estimated from character counts in the card
 * geometry the app uses (34 px header, 20 px rows).
 */
final class DiagramSvg {
    static final double HEADER = 34;
    static final double ROWS_TOP = 4;
    static final double ROW = 20;
    static final double ROWS_BOTTOM = 6;
    private static final SvgDiagramWriter WRITER = new SvgDiagramWriter(HEADER, ROWS_TOP, ROW);

    private DiagramSvg() {
    }

    static String render(Schema schema, Layout layout, Set<String> flaggedTables, Map<String, Integer> commentCounts) {
        Map<String, Position> stored = new HashMap<>();
        Set<String> ids = new java.util.HashSet<>();
        schema.tables().forEach(t -> ids.add(dev.lintel.model.schema.ObjectPath.table(t.name()).toString()));
        layout.positions().forEach((k, v) -> {
            if (ids.contains(k)) {
                stored.put(k, v);
            }
        });
        DiagramLayout placed = AutoLayout.layout(LayoutGraph.of(schema, DiagramSvg::size), stored);
        String svg = WRITER.write(schema, placed);
        svg = svg.substring(svg.indexOf("<svg"));
        svg = svg.replaceFirst("<svg ", "<svg id=\"diagram-svg\" role=\"img\" aria-label=\"Schema diagram\" ");
        StringBuilder extra = new StringBuilder("<style>");
        for (String id : flaggedTables) {
            if (placed.nodes().containsKey(id)) {
                extra.append("g.table[data-id=\"").append(Html.esc(id)).append("\"] .card{stroke:#9a6700;stroke-width:2.5}");
            }
        }
        extra.append("</style>\n");
        commentCounts.forEach((id, n) -> {
            Rect r = placed.nodes().get(id);
            if (r != null) {
                extra.append(String.format(Locale.ROOT, "<text class=\"badge\" data-id=\"%s\" x=\"%.1f\" y=\"%.1f\" "
                        + "text-anchor=\"end\">%d \u2709</text>\n", Html.esc(id), r.maxX() - 10, r.y() + HEADER / 2 + 4.5, n));
            }
        });
        int end = svg.lastIndexOf("</svg>");
        return svg.substring(0, end) + extra + svg.substring(end);
    }

    static Size size(Table t) {
        double width = 44 + t.name().toString().length() * 8.0;
        for (Column c : t.columns()) {
            width = Math.max(width, 44 + c.name().length() * 7.0 + 16 + c.type().toString().length() * 6.6 + 10);
        }
        return new Size(Math.min(460, Math.max(170, width + 10)),
                HEADER + ROWS_TOP + Math.max(1, t.columns().size()) * ROW + ROWS_BOTTOM);
    }
}

package dev.lintel.model.layout;

import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.Locale;

/**
 * Writes a laid out diagram as SVG text: one {@code <g class="table">} per card (header with the
 * name, one row per column with key markers, name and type, text as text) and one
 * {@code <path class="fk">} per foreign key. Written by hand so the model needs no graphics
 * library; the app passes the geometry its cards use.
 *
 * @param header height of a card's header; {@code rowsTop} space above the first row; {@code row} row height
 */
public record SvgDiagramWriter(double header, double rowsTop, double row) {

    public String write(Schema schema, DiagramLayout layout) {
        Rect b = layout.bounds();
        double pad = 20;
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"%.1f %.1f %.1f %.1f\" font-family=\"sans-serif\" font-size=\"12\">\n",
                b.width() + 2 * pad, b.height() + 2 * pad, b.x() - pad, b.y() - pad, b.width() + 2 * pad, b.height() + 2 * pad));
        out.append("<style>.fk{fill:none;stroke:#8c959f;stroke-width:1.2}.card{fill:#fff;stroke:#d0d7de}"
                + ".head{fill:#ddf4ff}.name{font-weight:bold;font-size:13px}.type{fill:#656d76;font-family:monospace;font-size:11px}"
                + ".key{fill:#9a6700;font-size:9px;font-weight:bold}</style>\n");
        out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#f6f8fa\"/>\n",
                b.x() - pad, b.y() - pad, b.width() + 2 * pad, b.height() + 2 * pad));
        for (EdgeRoute r : layout.routes()) {
            out.append("<path class=\"fk\" data-id=\"").append(escape(r.edge().id())).append("\" d=\"");
            for (int i = 0; i < r.points().size(); i++) {
                Point p = r.points().get(i);
                out.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", p.x(), p.y()));
            }
            out.append("\"/>\n");
        }
        for (Table t : schema.tables()) {
            String id = ObjectPath.table(t.name()).toString();
            Rect r = layout.nodes().get(id);
            if (r != null) {
                card(out, t, id, r);
            }
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private void card(StringBuilder out, Table t, String id, Rect r) {
        out.append("<g class=\"table\" data-id=\"").append(escape(id)).append("\">");
        out.append(String.format(Locale.ROOT, "<rect class=\"card\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\"/>",
                r.x(), r.y(), r.width(), r.height()));
        out.append(String.format(Locale.ROOT, "<rect class=\"head\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\"/>",
                r.x() + 0.5, r.y() + 0.5, r.width() - 1, header - 1));
        out.append(String.format(Locale.ROOT, "<text class=\"name\" x=\"%.1f\" y=\"%.1f\">%s</text>",
                r.x() + 10, r.y() + header / 2 + 4.5, escape(t.name().toString())));
        for (int i = 0; i < t.columns().size(); i++) {
            var c = t.columns().get(i);
            double y = r.y() + header + rowsTop + row * i + row / 2 + 4;
            String keys = keys(t, c.name());
            out.append(String.format(Locale.ROOT, "<text class=\"key\" x=\"%.1f\" y=\"%.1f\">%s</text>", r.x() + 10, y, keys));
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>", r.x() + 44, y, escape(c.name())));
            out.append(String.format(Locale.ROOT, "<text class=\"type\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    r.maxX() - 10, y, escape(c.type().toString())));
        }
        out.append("</g>\n");
    }

    private static String keys(Table t, String column) {
        StringBuilder k = new StringBuilder();
        if (t.isPrimaryKeyColumn(column)) {
            k.append("PK ");
        }
        if (t.foreignKeys().stream().map(ForeignKey::columns).anyMatch(cols -> cols.contains(column))) {
            k.append("FK");
        }
        return k.toString().trim();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}

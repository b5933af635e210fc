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
                out.append(i == 0 ? "M" : " L").append(num(p.x())).append(' ').append(num(p.y()));
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
        out.append("<rect class=\"card\" x=\"").append(num(r.x())).append("\" y=\"").append(num(r.y()))
                .append("\" width=\"").append(num(r.width())).append("\" height=\"").append(num(r.height())).append("\" rx=\"6\"/>");
        out.append("<rect class=\"head\" x=\"").append(num(r.x() + 0.5)).append("\" y=\"").append(num(r.y() + 0.5))
                .append("\" width=\"").append(num(r.width() - 1)).append("\" height=\"").append(num(header - 1)).append("\" rx=\"6\"/>");
        text(out, "name", r.x() + 10, r.y() + header / 2 + 4.5, false, t.name().toString());
        for (int i = 0; i < t.columns().size(); i++) {
            var c = t.columns().get(i);
            double y = r.y() + header + rowsTop + row * i + row / 2 + 4;
            String keys = keys(t, c.name());
            text(out, "key", r.x() + 10, y, false, keys);
            text(out, null, r.x() + 44, y, false, c.name());
            text(out, "type", r.maxX() - 10, y, true, c.type().toString());
        }
        out.append("</g>\n");
    }

    private static void text(StringBuilder out, String styleClass, double x, double y, boolean alignEnd, String text) {
        out.append("<text");
        if (styleClass != null) {
            out.append(" class=\"").append(styleClass).append('"');
        }
        out.append(" x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
        if (alignEnd) {
            out.append(" text-anchor=\"end\"");
        }
        out.append('>').append(escape(text)).append("</text>");
    }

    // One decimal, no locale, no String.format (which costs microseconds a call).
    private static String num(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
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

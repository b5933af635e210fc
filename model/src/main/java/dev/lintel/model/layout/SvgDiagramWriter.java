package dev.lintel.model.layout;

import dev.lintel.model.layout.DiagramMark.Box;
import dev.lintel.model.layout.DiagramMark.Font;
import dev.lintel.model.layout.DiagramMark.Group;
import dev.lintel.model.layout.DiagramMark.Line;
import dev.lintel.model.layout.DiagramMark.Text;
import dev.lintel.model.schema.Schema;
import java.util.Locale;

/**
 * Writes a diagram as SVG text: the shapes of {@link DiagramDrawing} (which the PNG writer paints
 * too), each card a {@code <g class="table|view|enum" data-id="...">}, each foreign key a
 * {@code <path class="fk">}, each subject area a {@code <g class="area">}, text as text. Written
 * by hand so the model needs no graphics library.
 *
 * @param header height of a card's header; {@code rowsTop} space above the first row; {@code row} row height
 */
public record SvgDiagramWriter(double header, double rowsTop, double row) {

    /** The schema's tables as placed by {@code layout}, light theme (the review bundle's diagram). */
    public String write(Schema schema, DiagramLayout layout) {
        return write(DiagramPicture.of(schema, layout), DiagramTheme.LIGHT);
    }

    public String write(DiagramPicture picture, DiagramTheme theme) {
        DiagramDrawing drawing = DiagramDrawing.of(picture, theme, header, rowsTop, row);
        Rect f = drawing.frame();
        StringBuilder out = new StringBuilder(64 * 1024 + 600 * picture.cards().size());
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append((long) Math.ceil(f.width()))
                .append("\" height=\"").append((long) Math.ceil(f.height())).append("\" viewBox=\"").append(num(f.x()))
                .append(' ').append(num(f.y())).append(' ').append(num(f.width())).append(' ').append(num(f.height()))
                .append("\" font-family=\"sans-serif\">\n<style>");
        for (Font font : Font.values()) {
            out.append(".f-").append(font.name().toLowerCase(Locale.ROOT)).append("{font-size:").append(num(font.size)).append("px");
            if (font.bold) {
                out.append(";font-weight:bold");
            }
            if (font.italic) {
                out.append(";font-style:italic");
            }
            if (font.monospaced) {
                out.append(";font-family:monospace");
            }
            out.append('}');
        }
        out.append("</style>\n");
        drawing.marks().forEach(m -> mark(out, m));
        out.append("</svg>\n");
        return out.toString();
    }

    private static void mark(StringBuilder out, DiagramMark mark) {
        if (mark instanceof Group g) {
            out.append("<g class=\"").append(g.styleClass()).append("\" data-id=\"").append(escape(g.id())).append("\">");
            g.marks().forEach(m -> mark(out, m));
            out.append("</g>\n");
        } else if (mark instanceof Box b) {
            Rect r = b.rect();
            out.append("<rect class=\"").append(b.styleClass()).append("\" x=\"").append(num(r.x())).append("\" y=\"")
                    .append(num(r.y())).append("\" width=\"").append(num(r.width())).append("\" height=\"")
                    .append(num(r.height())).append('"');
            if (b.radius() > 0) {
                out.append(" rx=\"").append(num(b.radius())).append('"');
            }
            paint(out, "fill", b.fill());
            if (b.stroke() != null) {
                paint(out, "stroke", b.stroke());
                out.append(" stroke-width=\"").append(num(b.strokeWidth())).append('"');
                if (b.dashed()) {
                    out.append(" stroke-dasharray=\"6 4\"");
                }
            }
            out.append("/>");
        } else if (mark instanceof Line l) {
            out.append("<path class=\"").append(l.styleClass()).append('"');
            if (l.id() != null) {
                out.append(" data-id=\"").append(escape(l.id())).append('"');
            }
            out.append(" d=\"");
            for (int i = 0; i < l.points().size(); i++) {
                Point p = l.points().get(i);
                out.append(i == 0 ? "M" : " L").append(num(p.x())).append(' ').append(num(p.y()));
            }
            out.append("\" fill=\"none\"");
            paint(out, "stroke", l.stroke());
            out.append(" stroke-width=\"").append(num(l.width())).append('"');
            if (l.dashed()) {
                out.append(" stroke-dasharray=\"6 4\"");
            }
            out.append("/>");
            if (l.id() != null) {
                out.append('\n');
            }
        } else if (mark instanceof Text t) {
            out.append("<text class=\"").append(t.styleClass()).append(" f-").append(t.font().name().toLowerCase(Locale.ROOT))
                    .append("\" x=\"").append(num(t.x())).append("\" y=\"").append(num(t.y())).append('"');
            if (t.alignEnd()) {
                out.append(" text-anchor=\"end\"");
            }
            paint(out, "fill", t.colour());
            out.append('>').append(escape(t.text())).append("</text>");
        }
    }

    private static void paint(StringBuilder out, String attribute, DiagramColour c) {
        if (c == null) {
            out.append(' ').append(attribute).append("=\"none\"");
            return;
        }
        out.append(' ').append(attribute).append("=\"").append(c.hex()).append('"');
        if (c.opacity() < 1) {
            out.append(' ').append(attribute).append("-opacity=\"").append(Math.round(c.opacity() * 100) / 100.0).append('"');
        }
    }

    // One decimal, no locale, no String.format (which costs microseconds a call).
    private static String num(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
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

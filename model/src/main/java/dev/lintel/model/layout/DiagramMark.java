package dev.lintel.model.layout;

import java.util.List;

/**
 * One shape of an exported diagram, in diagram units, with its colours decided: what
 * {@link DiagramDrawing} produces and the SVG and PNG writers only translate. The style class
 * names the part (SVG classes that stylesheets, such as the review bundle's, hook into).
 */
public sealed interface DiagramMark {
    /** The fonts of a diagram; sizes in diagram units. */
    enum Font {
        NAME(13, true, false, false), ROW(12, false, false, false), KEY_ROW(12, true, false, false),
        TYPE(11, false, true, false), MARKER(9, true, false, false), NOTE(11, false, false, true), AREA(14, true, false, false);

        public final double size;
        public final boolean bold;
        public final boolean monospaced;
        public final boolean italic;

        Font(double size, boolean bold, boolean monospaced, boolean italic) {
            this.size = size;
            this.bold = bold;
            this.monospaced = monospaced;
            this.italic = italic;
        }
    }

    /** A rectangle; {@code fill} or {@code stroke} null when not painted. */
    record Box(Rect rect, double radius, DiagramColour fill, DiagramColour stroke, double strokeWidth, boolean dashed,
               String styleClass) implements DiagramMark {
    }

    /** A line of text; {@code (x, y)} is the start of its baseline, or its end when {@code alignEnd}. */
    record Text(double x, double y, String text, Font font, DiagramColour colour, boolean alignEnd, String styleClass)
            implements DiagramMark {
    }

    /** An open polyline. */
    record Line(List<Point> points, DiagramColour stroke, double width, boolean dashed, String styleClass, String id)
            implements DiagramMark {
        public Line {
            points = List.copyOf(points);
        }
    }

    /** Marks that belong together (a card, an area): an SVG group; the PNG clips them to {@code bounds}. */
    record Group(String styleClass, String id, Rect bounds, List<DiagramMark> marks) implements DiagramMark {
        public Group {
            marks = List.copyOf(marks);
        }
    }
}

package dev.lintel.model.layout;

import dev.lintel.model.layout.DiagramMark.Box;
import dev.lintel.model.layout.DiagramMark.Font;
import dev.lintel.model.layout.DiagramMark.Group;
import dev.lintel.model.layout.DiagramMark.Line;
import dev.lintel.model.layout.DiagramMark.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an exported diagram draws and where, decided once for the SVG and the PNG writer: a
 * background, the subject-area frames, the foreign-key lines, then the cards (table, view with a
 * dashed border, enum type) with header, key markers, names and types. Back to front, in diagram
 * units, inside {@link #frame()}.
 *
 * @param frame the drawn part of the diagram plane: everything, with a margin
 */
public record DiagramDrawing(Rect frame, List<DiagramMark> marks) {
    static final double MARGIN = 20;
    // Advance of a marker letter (9 px bold) and the gap after the marker column.
    private static final double MARKER_CHAR = 6.2;
    private static final double MARKER_GAP = 8;

    public DiagramDrawing {
        marks = List.copyOf(marks);
    }

    /**
     * @param header height of a card's header; {@code rowsTop} space above the first row; {@code row}
     *        row height: the app's card geometry, so exported cards match their laid out boxes
     */
    public static DiagramDrawing of(DiagramPicture picture, DiagramTheme theme, double header, double rowsTop, double row) {
        DiagramLayout layout = picture.layout();
        List<DiagramMark> areas = new ArrayList<>();
        Rect all = layout.nodes().isEmpty() && layout.routes().isEmpty() ? null : layout.bounds();
        for (DiagramArea area : picture.areas()) {
            Rect f = area.frame(layout);
            if (f == null) {
                continue;
            }
            all = all == null ? f : all.union(f);
            DiagramColour c = DiagramColour.of(area.colour());
            areas.add(new Group("area", area.name(), f, List.of(
                    new Box(f, 9, theme.areaTint(c), c.withOpacity(0.75), 1.5, false, "area-frame"),
                    new Text(f.x() + 12, f.y() + DiagramArea.LABEL / 2 + 5, area.name(), Font.AREA, theme.areaLabel(c), false,
                            "area-name"))));
        }
        Rect frame = all == null ? new Rect(0, 0, 2 * MARGIN, 2 * MARGIN)
                : new Rect(all.x() - MARGIN, all.y() - MARGIN, all.width() + 2 * MARGIN, all.height() + 2 * MARGIN);

        List<DiagramMark> marks = new ArrayList<>(2 + areas.size() + layout.routes().size() + picture.cards().size());
        marks.add(new Box(frame, 0, theme.background(), null, 0, false, "background"));
        marks.addAll(areas);
        for (EdgeRoute r : layout.routes()) {
            marks.add(new Line(r.points(), theme.edge(), 1.2, picture.dashedEdges().contains(r.edge().id()), "fk", r.edge().id()));
            EdgeEnd.Pair ends = picture.ends().get(r.edge().id());
            int n = r.points().size();
            if (ends != null && n >= 2) {
                ends(marks, ends.parent().marker(r.points().get(1), r.first()), theme);
                ends(marks, ends.child().marker(r.points().get(n - 2), r.last()), theme);
            }
        }
        for (Map.Entry<String, Rect> e : layout.nodes().entrySet()) {
            DiagramCard card = picture.cards().get(e.getKey());
            if (card != null) {
                marks.add(card(card, e.getValue(), theme, header, rowsTop, row));
            }
        }
        return new DiagramDrawing(frame, marks);
    }

    private static void ends(List<DiagramMark> marks, EdgeEnd.Marker marker, DiagramTheme theme) {
        if (marker == null) {
            return;
        }
        for (List<Point> stroke : marker.strokes()) {
            marks.add(new Line(stroke, theme.edge(), 1.2, false, "fk-end", null));
        }
        if (marker.circle() != null) {
            double r = marker.radius();
            marks.add(new Box(new Rect(marker.circle().x() - r, marker.circle().y() - r, 2 * r, 2 * r), r, theme.background(),
                    theme.edge(), 1.2, false, "fk-end"));
        }
    }

    private static Group card(DiagramCard card, Rect r, DiagramTheme theme, double header, double rowsTop, double row) {
        List<DiagramMark> m = new ArrayList<>(4 + 3 * card.rows().size());
        boolean view = card.kind() == DiagramCard.Kind.VIEW || card.kind() == DiagramCard.Kind.MATERIALIZED_VIEW;
        m.add(new Box(r, 6, theme.card(), theme.cardBorder(), 1, view, "card"));
        m.add(new Box(new Rect(r.x() + 0.5, r.y() + 0.5, r.width() - 1, header - 1), 6, theme.headerOf(card.kind()), null, 0,
                false, "head"));
        m.add(new Line(List.of(new Point(r.x(), r.y() + header), new Point(r.maxX(), r.y() + header)), theme.cardBorder(), 1,
                false, "rule", null));
        double baseline = r.y() + header / 2 + 4.5;
        m.add(new Text(r.x() + 10, baseline, card.name(), Font.NAME, theme.text(), false, "name"));
        String note = String.join(" \u00b7 ", nonEmpty(card.schemaName(), card.kind().label()));
        if (!note.isEmpty()) {
            m.add(new Text(r.maxX() - 10, baseline, note, Font.NOTE, theme.muted(), true, "note"));
        }
        int widestMarkers = 0;
        for (DiagramCard.Row c : card.rows()) {
            widestMarkers = Math.max(widestMarkers, c.markers().length());
        }
        double nameX = r.x() + 10 + (widestMarkers == 0 ? 0 : widestMarkers * MARKER_CHAR + MARKER_GAP);
        for (int i = 0; i < card.rows().size(); i++) {
            DiagramCard.Row c = card.rows().get(i);
            double y = r.y() + header + rowsTop + row * i + row / 2 + 4;
            if (!c.markers().isEmpty()) {
                m.add(new Text(r.x() + 10, y, c.markers(), Font.MARKER, theme.marker(), false, "key"));
            }
            m.add(new Text(nameX, y, c.name(), c.key() ? Font.KEY_ROW : Font.ROW, theme.text(), false, "column"));
            if (!c.type().isEmpty()) {
                m.add(new Text(r.maxX() - 10, y, c.type(), Font.TYPE, theme.muted(), true, "type"));
            }
        }
        return new Group(card.kind().styleClass(), card.id(), r, m);
    }

    private static List<String> nonEmpty(String... parts) {
        List<String> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            if (p != null && !p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}

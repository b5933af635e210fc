package dev.lintel.model.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgDiagramWriterTest {
    private static final SvgDiagramWriter WRITER = new SvgDiagramWriter(34, 4, 20);

    // A table, a view and an enum type side by side; an area around the table and the enum.
    private static DiagramPicture picture() {
        Map<String, DiagramCard> cards = new LinkedHashMap<>();
        cards.put("table:orders", new DiagramCard("table:orders", "orders", "shop", DiagramCard.Kind.TABLE, List.of(
                new DiagramCard.Row("PK", "id", "bigint", true), new DiagramCard.Row("FK NN", "customer_id", "bigint", false))));
        cards.put("view:open_orders", new DiagramCard("view:open_orders", "open_orders", "", DiagramCard.Kind.VIEW,
                List.of(new DiagramCard.Row("", "id", "", false))));
        cards.put("enum:status", new DiagramCard("enum:status", "status", "", DiagramCard.Kind.ENUM,
                List.of(new DiagramCard.Row("", "open", "", false), new DiagramCard.Row("", "paid", "", false))));
        Map<String, Rect> boxes = new LinkedHashMap<>();
        boxes.put("table:orders", new Rect(0, 0, 200, 84));
        boxes.put("view:open_orders", new Rect(300, 0, 180, 64));
        boxes.put("enum:status", new Rect(0, 200, 170, 84));
        return new DiagramPicture(cards, new DiagramLayout(boxes, List.of()),
                List.of(new DiagramArea("Sales", "#22a06b", List.of("table:orders", "enum:status", "table:gone"))), Set.of(), Map.of());
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> groups(Document doc, String styleClass) {
        NodeList all = doc.getElementsByTagName("g");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (styleClass.equals(g.getAttribute("class"))) {
                out.add(g);
            }
        }
        return out;
    }

    private static Element first(Element group, String tag, String styleClass) {
        NodeList l = group.getElementsByTagName(tag);
        for (int i = 0; i < l.getLength(); i++) {
            Element e = (Element) l.item(i);
            if (e.getAttribute("class").split(" ")[0].equals(styleClass)) {
                return e;
            }
        }
        return null;
    }

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    @Test
    void drawsTableViewAndEnumCardsEachInItsOwnStyle() throws Exception {
        Document doc = parse(WRITER.write(picture(), DiagramTheme.LIGHT));

        assertEquals(1, groups(doc, "table").size());
        assertEquals(1, groups(doc, "view").size());
        assertEquals(1, groups(doc, "enum").size());
        Element view = groups(doc, "view").get(0);
        assertEquals("6 4", first(view, "rect", "card").getAttribute("stroke-dasharray"), "a view has a dashed border");
        assertEquals("view", first(view, "text", "note").getTextContent());
        Element table = groups(doc, "table").get(0);
        assertEquals("", first(table, "rect", "card").getAttribute("stroke-dasharray"), "a table's border is solid");
        assertEquals("shop", first(table, "text", "note").getTextContent());
        String tableHead = first(table, "rect", "head").getAttribute("fill");
        String enumHead = first(groups(doc, "enum").get(0), "rect", "head").getAttribute("fill");
        assertTrue(!tableHead.equals(enumHead) && !tableHead.equals(first(view, "rect", "head").getAttribute("fill")),
                "each kind has its own header colour");
        Element enumGroup = groups(doc, "enum").get(0);
        assertEquals(2 + 2, enumGroup.getElementsByTagName("text").getLength(), "name, kind and one line per value");
    }

    @Test
    void drawsASubjectAreaAsAFrameAroundItsPlacedMembersWithItsName() throws Exception {
        Document doc = parse(WRITER.write(picture(), DiagramTheme.DARK));

        List<Element> areas = groups(doc, "area");
        assertEquals(1, areas.size());
        Element frame = first(areas.get(0), "rect", "area-frame");
        double x = number(frame, "x");
        double y = number(frame, "y");
        double maxX = x + number(frame, "width");
        double maxY = y + number(frame, "height");
        // Around orders (0,0 200x84) and status (0,200 170x84), not the view at x 300.
        assertTrue(x < 0 && y < 0 && maxX >= 200 && maxX < 300 && maxY >= 284, x + "," + y + " " + maxX + "," + maxY);
        assertEquals("#22a06b", frame.getAttribute("stroke"));
        assertEquals("Sales", first(areas.get(0), "text", "area-name").getTextContent());
        String[] viewBox = doc.getDocumentElement().getAttribute("viewBox").split(" ");
        assertTrue(Double.parseDouble(viewBox[1]) < y, "the frame's label band is inside the drawing");
    }

    @Test
    void markersShiftColumnNamesPastTheWidestMarkerText() {
        DiagramDrawing d = DiagramDrawing.of(picture(), DiagramTheme.LIGHT, 34, 4, 20);
        DiagramMark.Group orders = d.marks().stream().filter(m -> m instanceof DiagramMark.Group g && g.id().equals("table:orders"))
                .map(m -> (DiagramMark.Group) m).findFirst().orElseThrow();
        List<DiagramMark.Text> texts = orders.marks().stream().filter(m -> m instanceof DiagramMark.Text)
                .map(m -> (DiagramMark.Text) m).toList();
        DiagramMark.Text marker = texts.stream().filter(t -> t.text().equals("FK NN")).findFirst().orElseThrow();
        DiagramMark.Text name = texts.stream().filter(t -> t.text().equals("customer_id")).findFirst().orElseThrow();
        DiagramMark.Text pk = texts.stream().filter(t -> t.text().equals("id")).findFirst().orElseThrow();
        assertEquals(marker.y(), name.y());
        assertTrue(name.x() >= marker.x() + 5 * 5.5, "the name starts after 'FK NN': " + name.x());
        assertEquals(name.x(), pk.x(), "names line up in one column");
        assertEquals(DiagramMark.Font.KEY_ROW, pk.font());
        assertNotNull(d.frame());
    }

    @Test
    void relationshipsEndInCrowsFeetFromTheirKeys() throws Exception {
        // order.customer_id NOT NULL -> customer: one (two bars) at customer, zero-or-many (circle, foot) at order;
        // passport.person_id nullable and unique -> person: zero-or-one at both ends.
        dev.lintel.model.schema.Schema schema = new dev.lintel.model.ddl.parse.DdlImporter().importText("""
                CREATE TABLE customer (id bigint PRIMARY KEY);
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customer (id));
                CREATE TABLE person (id bigint PRIMARY KEY);
                CREATE TABLE passport (id bigint PRIMARY KEY, person_id bigint UNIQUE REFERENCES person (id));
                """, "ends.sql", dev.lintel.model.dialect.Dialect.POSTGRES).schema();
        DiagramLayout layout = AutoLayout.layout(LayoutGraph.of(schema, t -> new Size(160, 60)));
        DiagramPicture picture = DiagramPicture.of(schema, layout);
        assertEquals(EdgeEnd.Pair.of(false, false), picture.ends().values().stream()
                .filter(p -> p.child() == EdgeEnd.ZERO_OR_MANY).findFirst().orElseThrow());
        assertTrue(picture.ends().containsValue(new EdgeEnd.Pair(EdgeEnd.ZERO_OR_ONE, EdgeEnd.ZERO_OR_ONE)), picture.ends()::toString);

        Document doc = parse(WRITER.write(picture, DiagramTheme.LIGHT));
        int strokes = 0;
        NodeList paths = doc.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            strokes += "fk-end".equals(((Element) paths.item(i)).getAttribute("class")) ? 1 : 0;
        }
        int circles = 0;
        NodeList rects = doc.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            circles += "fk-end".equals(((Element) rects.item(i)).getAttribute("class")) ? 1 : 0;
        }
        // orders: ONE (2 bars) + ZERO_OR_MANY (2 foot strokes, circle); passport: 2 x ZERO_OR_ONE (bar, circle each)
        assertEquals(2 + 2 + 1 + 1, strokes);
        assertEquals(1 + 2, circles);
    }
}

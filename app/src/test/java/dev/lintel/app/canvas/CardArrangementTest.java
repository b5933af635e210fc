package dev.lintel.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lintel.model.layout.Point;
import dev.lintel.model.layout.Rect;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Align and distribute on boxes, without a window. */
class CardArrangementTest {
    private static Map<String, Rect> three() {
        Map<String, Rect> cards = new LinkedHashMap<>();
        cards.put("a", new Rect(100, 50, 200, 80));
        cards.put("b", new Rect(40, 300, 180, 120));
        cards.put("c", new Rect(500, 10, 220, 60));
        return cards;
    }

    @Test
    void alignsToTheSelectionsOuterEdgesAndCentreLines() {
        Map<String, Rect> cards = three();
        // Bounds: x 40..720, y 10..420.
        assertEquals(Map.of("a", new Point(40, 50), "b", new Point(40, 300), "c", new Point(40, 10)),
                CardArrangement.ALIGN_LEFT.arrange(cards));
        assertEquals(Map.of("a", new Point(520, 50), "b", new Point(540, 300), "c", new Point(500, 10)),
                CardArrangement.ALIGN_RIGHT.arrange(cards));
        assertEquals(Map.of("a", new Point(100, 10), "b", new Point(40, 10), "c", new Point(500, 10)),
                CardArrangement.ALIGN_TOP.arrange(cards));
        assertEquals(Map.of("a", new Point(100, 340), "b", new Point(40, 300), "c", new Point(500, 360)),
                CardArrangement.ALIGN_BOTTOM.arrange(cards));
        assertEquals(Map.of("a", new Point(280, 50), "b", new Point(290, 300), "c", new Point(270, 10)),
                CardArrangement.CENTRE_HORIZONTALLY.arrange(cards));
        assertEquals(Map.of("a", new Point(100, 175), "b", new Point(40, 155), "c", new Point(500, 185)),
                CardArrangement.CENTRE_VERTICALLY.arrange(cards));
    }

    @Test
    void distributesWithEqualGapsKeepingTheOuterCardsInPlace() {
        Map<String, Rect> row = new LinkedHashMap<>();
        row.put("left", new Rect(0, 0, 100, 50));
        row.put("middle", new Rect(150, 20, 100, 50));
        row.put("right", new Rect(500, 40, 100, 50));
        // Span 0..600 with 300 of cards: two gaps of 150.
        assertEquals(Map.of("left", new Point(0, 0), "middle", new Point(250, 20), "right", new Point(500, 40)),
                CardArrangement.DISTRIBUTE_HORIZONTALLY.arrange(row));

        Map<String, Rect> column = new LinkedHashMap<>();
        column.put("top", new Rect(0, 0, 100, 100));
        column.put("low", new Rect(10, 400, 100, 100));
        column.put("mid", new Rect(20, 110, 100, 40));
        // Span 0..500 with 240 of cards: two gaps of 130, the middle card by its centre.
        assertEquals(Map.of("top", new Point(0, 0), "mid", new Point(20, 230), "low", new Point(10, 400)),
                CardArrangement.DISTRIBUTE_VERTICALLY.arrange(column));
    }

    @Test
    void crowdedCardsAreSpreadRatherThanMadeToOverlap() {
        Map<String, Rect> stacked = new LinkedHashMap<>();
        stacked.put("a", new Rect(0, 0, 200, 50));
        stacked.put("b", new Rect(10, 100, 200, 50));
        stacked.put("c", new Rect(20, 200, 200, 50));
        Map<String, Point> spread = CardArrangement.DISTRIBUTE_HORIZONTALLY.arrange(stacked);
        assertEquals(new Point(0, 0), spread.get("a"));
        assertEquals(new Point(200 + CardArrangement.MIN_GAP, 100), spread.get("b"));
        assertEquals(new Point(400 + 2 * CardArrangement.MIN_GAP, 200), spread.get("c"));
    }
}

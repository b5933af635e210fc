package dev.lintel.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.document.Position;
import dev.lintel.model.layout.Point;
import dev.lintel.model.layout.Rect;
import dev.lintel.model.layout.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where pasted cards land, without a window. */
class PastePlacementTest {
    private static Map<String, Size> two() {
        Map<String, Size> sizes = new LinkedHashMap<>();
        sizes.put("a", new Size(200, 100));
        sizes.put("b", new Size(180, 80));
        return sizes;
    }

    @Test
    void copiedCardsKeepTheirArrangementAndGoRightOfTheOriginalsWhenThatIsFreeOnScreen() {
        Map<String, Position> copiedAt = Map.of("a", new Position(1000, 500), "b", new Position(1250, 520));
        Rect originals = new Rect(0, 0, 430, 100);
        Map<String, Point> at = PastePlacement.place(two(), copiedAt, originals, new Rect(-50, -50, 2000, 1000),
                List.of(new Rect(0, 0, 200, 100), new Rect(250, 20, 180, 80)));

        assertEquals(new Point(430 + PastePlacement.GAP, 0), at.get("a"));
        assertEquals(new Point(430 + PastePlacement.GAP + 250, 20), at.get("b"), "as far from a as when copied");
    }

    @Test
    void aCrowdedScreenPutsTheCardsInTheNearestFreeSpaceAndNeverOnACard() {
        List<Rect> taken = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 4; j++) {
                taken.add(new Rect(i * 260, j * 160, 220, 120));
            }
        }
        Rect view = new Rect(0, 0, 1260, 640);
        Map<String, Point> at = PastePlacement.place(two(), Map.of(), null, view, taken);

        Map<String, Size> sizes = two();
        at.forEach((id, p) -> {
            Rect r = new Rect(p.x(), p.y(), sizes.get(id).width(), sizes.get(id).height());
            taken.forEach(t -> assertFalse(t.intersects(r), id + " " + r + " covers " + t));
        });
        assertEquals(at.get("a").y(), at.get("b").y(), "pasted from SQL: side by side");
        assertTrue(at.get("b").x() >= at.get("a").x() + 200);
    }
}

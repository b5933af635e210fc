package dev.lintel.app.canvas;

import dev.lintel.model.layout.Rect;
import java.util.Collection;

/** Where a new card fits on screen without covering another: scanned row by row from the top left. */
final class FreeSpot {
    static final double MARGIN = 24;

    private FreeSpot() {
    }

    /**
     * The top-left corner for a card of {@code width} x {@code height} inside {@code view} that
     * overlaps none of {@code taken} (with a margin), or the view's centre when the view is full.
     */
    static double[] in(Rect view, double width, double height, Collection<Rect> taken) {
        double step = MARGIN;
        for (double y = view.y() + MARGIN; y + height + MARGIN <= view.maxY(); y += step) {
            for (double x = view.x() + MARGIN; x + width + MARGIN <= view.maxX(); x += step) {
                Rect candidate = new Rect(x - MARGIN, y - MARGIN, width + 2 * MARGIN, height + 2 * MARGIN);
                if (taken.stream().noneMatch(candidate::intersects)) {
                    return new double[] {x, y};
                }
            }
        }
        return new double[] {view.centerX() - width / 2, view.centerY() - height / 2};
    }
}

package dev.lintel.app.canvas;

import dev.lintel.model.document.Position;
import dev.lintel.model.layout.Point;
import dev.lintel.model.layout.Rect;
import dev.lintel.model.layout.Size;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where pasted or duplicated cards go. They stay together as they were copied (or, for SQL
 * pasted from elsewhere, side by side in rows) and land, in this order of preference: right of
 * the cards they were copied from or below them (when that is on screen), else in the free space
 * nearest the middle of the screen. They never cover a card that is there, and no card moves.
 */
final class PastePlacement {
    static final double GAP = 40;
    // Rows of cards pasted without positions wrap at about this width (diagram units).
    private static final double ROW_WIDTH = 1400;
    // Bounds the search for free space (about 1,400 units each way), so a huge diagram costs little.
    private static final int MAX_RINGS = 60;

    private PastePlacement() {
    }

    /**
     * @param sizes the new cards' sizes by object path, in paste order
     * @param copiedAt where the cards were when copied; ignored unless every card has a place
     * @param originals the box around the copied cards where they are now, or null when they are not in this diagram
     * @param view the part of the diagram on screen, or null without a canvas
     * @param taken the boxes of the cards already there
     * @return the top-left corner of each new card
     */
    static Map<String, Point> place(Map<String, Size> sizes, Map<String, Position> copiedAt, Rect originals, Rect view,
                                    Collection<Rect> taken) {
        Map<String, Point> offsets = copiedAt.keySet().containsAll(sizes.keySet()) ? asCopied(sizes, copiedAt) : inRows(sizes);
        double width = 0;
        double height = 0;
        for (Map.Entry<String, Point> e : offsets.entrySet()) {
            width = Math.max(width, e.getValue().x() + sizes.get(e.getKey()).width());
            height = Math.max(height, e.getValue().y() + sizes.get(e.getKey()).height());
        }
        Point at = blockAt(width, height, originals, view, taken);
        Map<String, Point> out = new LinkedHashMap<>();
        offsets.forEach((id, o) -> out.put(id, new Point(at.x() + o.x(), at.y() + o.y())));
        return out;
    }

    private static Point blockAt(double width, double height, Rect originals, Rect view, Collection<Rect> taken) {
        if (originals != null) {
            for (Point p : new Point[] {new Point(originals.maxX() + GAP, originals.y()), new Point(originals.x(), originals.maxY() + GAP)}) {
                Rect block = new Rect(p.x(), p.y(), width, height);
                if ((view == null || view.contains(block)) && isFree(block, taken)) {
                    return p;
                }
            }
        }
        Rect all = taken.stream().reduce(Rect::union).orElse(null);
        if (view != null && view.width() > 0) {
            Point near = nearestFree(view.centerX() - width / 2, view.centerY() - height / 2, width, height, taken, all);
            if (near != null) {
                return near;
            }
        }
        // Right of everything there is: always free.
        return all == null ? new Point(0, 0) : new Point(all.maxX() + GAP, all.y());
    }

    // Square rings of candidates around (x, y), nearest first, out to just past the diagram's edge.
    private static Point nearestFree(double x, double y, double width, double height, Collection<Rect> taken, Rect all) {
        double step = FreeSpot.MARGIN;
        double reach = all == null ? 0 : Math.max(all.width(), all.height()) + Math.max(width, height);
        int rings = (int) Math.min(MAX_RINGS, Math.ceil(reach / step) + 1);
        for (int r = 0; r <= rings; r++) {
            Point best = null;
            double bestDistance = Double.MAX_VALUE;
            for (int i = -r; i <= r; i++) {
                for (int j = -r; j <= r; j++) {
                    if (Math.max(Math.abs(i), Math.abs(j)) != r) {
                        continue;
                    }
                    double distance = Math.hypot(i, j);
                    if (distance < bestDistance && isFree(new Rect(x + i * step, y + j * step, width, height), taken)) {
                        best = new Point(x + i * step, y + j * step);
                        bestDistance = distance;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private static boolean isFree(Rect block, Collection<Rect> taken) {
        Rect margin = new Rect(block.x() - FreeSpot.MARGIN, block.y() - FreeSpot.MARGIN,
                block.width() + 2 * FreeSpot.MARGIN, block.height() + 2 * FreeSpot.MARGIN);
        return taken.stream().noneMatch(margin::intersects);
    }

    private static Map<String, Point> asCopied(Map<String, Size> sizes, Map<String, Position> copiedAt) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (String id : sizes.keySet()) {
            minX = Math.min(minX, copiedAt.get(id).x());
            minY = Math.min(minY, copiedAt.get(id).y());
        }
        Map<String, Point> out = new LinkedHashMap<>();
        for (String id : sizes.keySet()) {
            out.put(id, new Point(copiedAt.get(id).x() - minX, copiedAt.get(id).y() - minY));
        }
        return out;
    }

    private static Map<String, Point> inRows(Map<String, Size> sizes) {
        Map<String, Point> out = new LinkedHashMap<>();
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        for (Map.Entry<String, Size> e : sizes.entrySet()) {
            if (x > 0 && x + e.getValue().width() > ROW_WIDTH) {
                x = 0;
                y += rowHeight + GAP;
                rowHeight = 0;
            }
            out.put(e.getKey(), new Point(x, y));
            x += e.getValue().width() + GAP;
            rowHeight = Math.max(rowHeight, e.getValue().height());
        }
        return out;
    }
}

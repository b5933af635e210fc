package dev.lintel.app.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Packs cards of different sizes into the available width with a "skyline" (bottom-left) packing:
 * each card, in the given order, goes where its top would be highest (lowest y) among the spots
 * where it fits, leftmost on ties. A tall table leaves no hole beside it the way a row grid does,
 * and one wide card does not widen a whole column. Cards keep their content width.
 */
public final class CardPackingPane extends Pane {
    private static final double GAP = 20;

    /** Top-left corner of each managed child, for one width, and the size they cover. */
    record Packing(double[] x, double[] y, double width, double height) {
    }

    /** A stretch of the skyline: from {@code x}, {@code width} wide, occupied down to {@code y}. */
    private record Segment(double x, double width, double y) {
        double end() {
            return x + width;
        }
    }

    public CardPackingPane() {
        setPadding(new Insets(20));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return computeMinWidth(height);
    }

    /** The widest card: narrower than that, cards would overlap the edge, so the scroll pane scrolls instead. */
    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + getManagedChildren().stream().mapToDouble(CardPackingPane::cardWidth).max().orElse(0);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double available = width < 0 ? Double.MAX_VALUE : width - in.getLeft() - in.getRight();
        return in.getTop() + in.getBottom() + pack(available).height();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        List<Node> cards = getManagedChildren();
        Packing p = pack(getWidth() - in.getLeft() - in.getRight());
        for (int i = 0; i < cards.size(); i++) {
            Node card = cards.get(i);
            double w = cardWidth(card);
            card.resizeRelocate(snapPositionX(in.getLeft() + p.x()[i]), snapPositionY(in.getTop() + p.y()[i]),
                    snapSizeX(w), snapSizeY(card.prefHeight(w)));
        }
    }

    Packing pack(double available) {
        List<Node> cards = getManagedChildren();
        int n = cards.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        double limit = Math.max(available, cards.stream().mapToDouble(CardPackingPane::cardWidth).max().orElse(0));
        List<Segment> skyline = new ArrayList<>(List.of(new Segment(0, limit, 0)));
        double width = 0;
        double height = 0;
        for (int i = 0; i < n; i++) {
            double w = cardWidth(cards.get(i));
            double h = snapSizeY(cards.get(i).prefHeight(w));
            double bestX = 0;
            double bestY = Double.MAX_VALUE;
            for (Segment s : skyline) {
                if (s.x() + w > limit + 0.5) {
                    break;
                }
                double y = topAt(skyline, s.x(), s.x() + w);
                if (y < bestY) {
                    bestY = y;
                    bestX = s.x();
                }
            }
            xs[i] = bestX;
            ys[i] = bestY;
            raise(skyline, bestX, bestX + w + GAP, bestY + h + GAP);
            width = Math.max(width, bestX + w);
            height = Math.max(height, bestY + h);
        }
        return new Packing(xs, ys, width, height);
    }

    /** The lowest free y over [from, to): the highest occupied point of the skyline there. */
    private static double topAt(List<Segment> skyline, double from, double to) {
        double y = 0;
        for (Segment s : skyline) {
            if (s.end() > from && s.x() < to) {
                y = Math.max(y, s.y());
            }
        }
        return y;
    }

    /** Occupies [from, to) down to {@code y}, splitting the segments it cuts. */
    private static void raise(List<Segment> skyline, double from, double to, double y) {
        List<Segment> next = new ArrayList<>();
        boolean placed = false;
        for (Segment s : skyline) {
            if (s.end() <= from || s.x() >= to) {
                if (!placed && s.x() >= to) {
                    next.add(new Segment(from, to - from, y));
                    placed = true;
                }
                next.add(s);
                continue;
            }
            if (s.x() < from) {
                next.add(new Segment(s.x(), from - s.x(), s.y()));
            }
            if (!placed) {
                next.add(new Segment(from, to - from, y));
                placed = true;
            }
            if (s.end() > to) {
                next.add(new Segment(to, s.end() - to, s.y()));
            }
        }
        if (!placed) {
            next.add(new Segment(from, to - from, y));
        }
        skyline.clear();
        skyline.addAll(next);
    }

    private static double cardWidth(Node card) {
        return Math.ceil(Math.min(card.prefWidth(-1), card.maxWidth(-1)));
    }
}

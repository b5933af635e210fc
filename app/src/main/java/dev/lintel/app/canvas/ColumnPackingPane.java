package dev.lintel.app.canvas;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Lays cards out in as many columns as fit the width, each card going to the shortest column so
 * far (a "masonry" layout): a tall table does not leave a hole beside it the way a row grid does.
 * Each column is as wide as its widest card, so cards keep their content width. Children stay in
 * their given order, which reads roughly left to right, top to bottom.
 */
public final class ColumnPackingPane extends Pane {
    private static final double GAP = 20;

    /** Where each child goes, for one width. */
    record Packing(int columns, double[] columnX, double[] columnWidth, double[] x, double[] y, int[] column,
                   double width, double height) {
    }

    public ColumnPackingPane() {
        setPadding(new Insets(20));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        // One column: the narrowest the cards can be shown without squeezing them.
        return in.getLeft() + in.getRight() + managed().stream().mapToDouble(this::cardWidth).max().orElse(0);
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
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
        List<Node> cards = managed();
        Packing p = pack(getWidth() - in.getLeft() - in.getRight());
        for (int i = 0; i < cards.size(); i++) {
            Node card = cards.get(i);
            double w = p.columnWidth()[p.column()[i]];
            card.resizeRelocate(snapPositionX(in.getLeft() + p.x()[i]), snapPositionY(in.getTop() + p.y()[i]),
                    snapSizeX(w), snapSizeY(card.prefHeight(w)));
        }
    }

    /** The packing with the most columns whose total width fits {@code available} (at least one column). */
    Packing pack(double available) {
        List<Node> cards = managed();
        int n = cards.size();
        if (n == 0) {
            return packInto(cards, 1);
        }
        double[] widths = cards.stream().mapToDouble(this::cardWidth).toArray();
        // Wider packings need more columns; the width grows (almost) monotonically with the count,
        // so a binary search finds the largest count that fits.
        int lo = 1;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (packInto(cards, mid, widths).width() <= available) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return packInto(cards, lo, widths);
    }

    private Packing packInto(List<Node> cards, int columns) {
        return packInto(cards, columns, cards.stream().mapToDouble(this::cardWidth).toArray());
    }

    private Packing packInto(List<Node> cards, int columns, double[] widths) {
        int n = cards.size();
        double[] columnHeight = new double[columns];
        double[] columnWidth = new double[columns];
        int[] column = new int[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            int c = 0;
            for (int k = 1; k < columns; k++) {
                if (columnHeight[k] < columnHeight[c]) {
                    c = k;
                }
            }
            column[i] = c;
            y[i] = columnHeight[c];
            columnHeight[c] += cards.get(i).prefHeight(widths[i]) + GAP;
            columnWidth[c] = Math.max(columnWidth[c], widths[i]);
        }
        double[] columnX = new double[columns];
        double x = 0;
        int used = 0;
        for (int c = 0; c < columns; c++) {
            columnX[c] = x;
            if (columnWidth[c] > 0) {
                x += columnWidth[c] + GAP;
                used++;
            }
        }
        double[] cardX = new double[n];
        for (int i = 0; i < n; i++) {
            cardX[i] = columnX[column[i]];
        }
        double height = 0;
        for (double h : columnHeight) {
            height = Math.max(height, h - GAP);
        }
        return new Packing(used, columnX, columnWidth, cardX, y, column, Math.max(0, x - GAP), Math.max(0, height));
    }

    private double cardWidth(Node card) {
        return Math.min(card.prefWidth(-1), card.maxWidth(-1));
    }

    private List<Node> managed() {
        return getManagedChildren();
    }
}

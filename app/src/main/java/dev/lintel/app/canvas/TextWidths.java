package dev.lintel.app.canvas;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Advance widths of the card fonts per character, measured once on the UI thread with the real
 * stylesheet, so that card sizes for a 1,000-table layout can be computed on a worker without
 * laying out any text there. Until measured, an average width stands in.
 */
public final class TextWidths {
    enum Style { NAME, COLUMN, KEY_COLUMN, TYPE, SCHEMA, MARKER }

    private static volatile double[][] widths;

    private TextWidths() {
    }

    /** Measures the fonts the stylesheet gives card labels; call on the UI thread, once. */
    public static void measure(String stylesheet) {
        if (widths != null) {
            return;
        }
        Label name = label("table-card-name");
        Label column = label("table-card-column-name");
        Label key = label("table-card-column-name", "primary-key");
        Label type = label("table-card-column-type");
        Label schema = label("table-card-schema");
        Label marker = label("marker");
        VBox root = new VBox(name, column, key, type, schema, marker);
        root.getStyleClass().add("table-card");
        Scene scene = new Scene(root);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        root.applyCss();
        Label[] labels = {name, column, key, type, schema, marker};
        double[][] out = new double[labels.length][128];
        for (int s = 0; s < labels.length; s++) {
            Font font = labels[s].getFont();
            Text text = new Text();
            text.setFont(font);
            for (char c = 32; c < 127; c++) {
                text.setText(String.valueOf(c));
                out[s][c] = text.getLayoutBounds().getWidth();
            }
            out[s][0] = out[s]['m'];
        }
        widths = out;
    }

    private static Label label(String... styleClasses) {
        Label l = new Label("x");
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    static double width(Style style, String s) {
        double[][] w = widths;
        double sum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (w == null) {
                sum += style == Style.NAME || style == Style.KEY_COLUMN ? 9.0 : 8.0;
            } else {
                sum += c < 128 ? w[style.ordinal()][c] : w[style.ordinal()][0];
            }
        }
        return Math.ceil(sum) + 2;
    }
}

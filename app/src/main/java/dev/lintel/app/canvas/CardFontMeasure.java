package dev.lintel.app.canvas;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures the per-character advances of the card fonts with the real stylesheet, for {@link TextWidths}. */
final class CardFontMeasure {
    private CardFontMeasure() {
    }

    /** Advances by {@link TextWidths.Style} ordinal and character (0 holds the width of 'm'). UI thread. */
    static double[][] advances(String stylesheet) {
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
        return out;
    }

    private static Label label(String... styleClasses) {
        Label l = new Label("x");
        l.getStyleClass().addAll(styleClasses);
        return l;
    }
}

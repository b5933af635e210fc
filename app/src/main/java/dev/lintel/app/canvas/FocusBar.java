package dev.lintel.app.canvas;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The banner over the canvas while only part of the diagram is shown: says what is shown and
 * offers Show All, so the hidden cards are never a mystery.
 */
final class FocusBar extends HBox {
    FocusBar(DiagramFocus focus) {
        super(8);
        setId("diagram-focus-bar");
        getStyleClass().add("diagram-focus-bar");
        setAlignment(Pos.CENTER_LEFT);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Label title = new Label(null, new FontIcon(Feather.FILTER));
        title.setId("diagram-focus-title");
        Button all = new Button("Show All (Esc)");
        all.setId("diagram-show-all");
        all.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        all.setOnAction(e -> focus.showAll());
        getChildren().addAll(title, all);
        Runnable update = () -> {
            DiagramFocus.Focus f = focus.focusProperty().get();
            setVisible(f != null);
            title.setText(f == null ? "" : f.title() + " \u00b7 " + f.members().size() + " shown");
        };
        focus.focusProperty().addListener((obs, o, n) -> update.run());
        update.run();
    }
}

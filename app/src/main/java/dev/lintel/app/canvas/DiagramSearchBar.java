package dev.lintel.app.canvas;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The small search field over the canvas (Ctrl+F): Enter and Shift+Enter go to the next and
 * previous match, Escape closes it and ends the search. Hidden while closed.
 */
public final class DiagramSearchBar extends HBox {
    private final DiagramSearch search;
    private final TextField field = new TextField();
    private final Runnable afterClose;

    /** @param afterClose told after Escape (the canvas takes the focus back) */
    public DiagramSearchBar(DiagramSearch search, Runnable afterClose) {
        super(4);
        this.search = search;
        this.afterClose = afterClose;
        setId("diagram-search");
        getStyleClass().add("diagram-search");
        setAlignment(Pos.CENTER_LEFT);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        field.setId("diagram-search-field");
        field.setPromptText("Find table or column");
        field.setPrefColumnCount(18);
        field.textProperty().bindBidirectional(search.queryProperty());
        Label count = new Label();
        count.setId("diagram-search-count");
        count.setMinWidth(USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            if (search.matchesProperty().get() == null) {
                return "";
            }
            int n = search.orderedMatches().size();
            return n == 0 ? "no match" : (search.currentProperty().get() + 1) + " of " + n;
        }, search.matchesProperty(), search.currentProperty()));
        getChildren().addAll(new FontIcon(Feather.SEARCH), field, count,
                button(Feather.CHEVRON_UP, "Previous match (Shift+Enter)", search::previous),
                button(Feather.CHEVRON_DOWN, "Next match (Enter)", search::next),
                button(Feather.X, "Close (Escape)", this::close));
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    search.previous();
                } else {
                    search.next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        setVisible(false);
    }

    public DiagramSearch search() {
        return search;
    }

    /** Shows the field with its text selected, ready for typing. */
    public void open() {
        setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    /** Hides the field and ends the search: no card stays faded. */
    public void close() {
        search.clear();
        setVisible(false);
        afterClose.run();
    }

    private static Button button(Feather icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}

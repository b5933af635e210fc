package dev.lintel.app.review;

import dev.lintel.app.canvas.DiagramCanvasView;
import dev.lintel.app.canvas.DiagramViewModel;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Presentation mode with the diagram: the canvas on top (dark, no minimap, zoom controls or
 * search: nothing but the design), the deck of open items below it. Each step selects its object,
 * which the canvas centres and highlights. The findings badges can be hidden (B) to talk about the
 * design alone. When the deck was narrowed to a subject area, the canvas shows that area only
 * (the window's focus); closing the presentation shows the whole diagram again.
 */
public final class PresentationWindow extends BorderPane {
    private static final java.util.Set<KeyCode> DECK_KEYS = java.util.EnumSet.of(KeyCode.RIGHT, KeyCode.DOWN, KeyCode.SPACE,
            KeyCode.PAGE_DOWN, KeyCode.LEFT, KeyCode.UP, KeyCode.PAGE_UP, KeyCode.ESCAPE);
    private final DiagramCanvasView canvas;
    private final CheckBox badges = new CheckBox("Findings badges (B)");

    /** @param dark the window's theme, which the cards follow (they are styled by its stylesheets) */
    public PresentationWindow(PresentationViewModel deck, DiagramViewModel diagram, ObservableValue<Boolean> dark) {
        setId("presentation-window");
        setStyle("-fx-background-color: black;");
        canvas = new DiagramCanvasView(diagram, dark, () -> { });
        canvas.setId("presentation-canvas");
        PresentationView text = new PresentationView(deck);
        text.setPadding(new Insets(20, 48, 24, 48));
        text.setMaxHeight(360);
        badges.setId("presentation-badges");
        badges.setSelected(true);
        badges.setFocusTraversable(false);
        badges.setStyle("-fx-text-fill: white; -fx-font-size: 16px;");
        badges.selectedProperty().addListener((obs, o, show) -> canvas.setFindingBadges(show));
        BorderPane.setMargin(badges, new Insets(8, 48, 0, 48));
        setTop(badges);
        setCenter(canvas);
        setBottom(text);
        // Keys step the deck wherever the focus is (a click on the canvas takes it from the deck).
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.B) {
                badges.setSelected(!badges.isSelected());
                e.consume();
            } else if (e.getTarget() != text && DECK_KEYS.contains(e.getCode())) {
                text.fireEvent(e.copyFor(text, text));
                e.consume();
            }
        });
    }

    public DiagramCanvasView canvas() {
        return canvas;
    }

    /** Opens the presentation full screen over {@code owner}; closing it shows the whole diagram again. */
    public static Stage show(Window owner, PresentationViewModel deck, DiagramViewModel diagram,
                             ObservableValue<Boolean> dark) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Lintel presentation");
        PresentationWindow view = new PresentationWindow(deck, diagram, dark);
        Scene scene = new Scene(view, 1280, 800);
        // The cards are styled by the window's stylesheets (theme and Lintel's own).
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        stage.setOnHidden(e -> diagram.focus().showAll());
        stage.show();
        view.canvas.zoomToFit();
        return stage;
    }
}

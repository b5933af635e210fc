package dev.lintel.app.inspector;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Turns off the bitmap cache JavaFX keeps of a scroll pane's viewport. The cache makes scrolling
 * cheap, but any change inside the pane draws the cache again whole: typing into one field of the
 * inspector redrew every field on screen (some 600 nodes) at each key and each blink of the caret,
 * instead of the few pixels that changed.
 */
final class ViewportCache {
    private ViewportCache() {
    }

    /** From the moment the pane has its skin (which makes the viewport) on. */
    static void off(ScrollPane pane) {
        pane.skinProperty().addListener((obs, old, skin) -> apply(pane));
        apply(pane);
    }

    private static void apply(ScrollPane pane) {
        Node viewport = pane.lookup(".viewport");
        if (viewport != null) {
            viewport.setCache(false);
        }
    }
}

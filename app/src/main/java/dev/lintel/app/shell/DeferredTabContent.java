package dev.lintel.app.shell;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Keeps the content of the tabs behind the selected one out of the scene until each is first
 * opened. A TabPane puts every tab's content in the scene graph (hidden), so the first CSS pass
 * would style and skin all of them before the first frame; detached, they cost nothing until
 * needed. The views are still built and bound, so their state is current when they appear.
 */
final class DeferredTabContent {
    private DeferredTabContent() {
    }

    /** Call once the tabs are added, before the pane is shown. */
    static void install(TabPane tabs) {
        for (Tab tab : tabs.getTabs()) {
            Node content = tab.getContent();
            if (tab.isSelected() || content == null) {
                continue;
            }
            tab.setContent(null);
            tab.selectedProperty().addListener((obs, was, selected) -> {
                if (selected && tab.getContent() == null) {
                    tab.setContent(content);
                }
            });
        }
    }
}

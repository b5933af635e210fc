package dev.lintel.app.findings;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;

/**
 * The Findings pane. The lint engine arrives in a later issue; until then the list stays empty
 * and its placeholder says so plainly rather than suggesting the design is clean.
 */
public final class FindingsView extends ListView<String> {
    public FindingsView() {
        setId("findings-list");
        Label placeholder = new Label("Design lint is not part of this build yet: findings will be listed here.");
        placeholder.getStyleClass().add("placeholder-text");
        setPlaceholder(placeholder);
    }
}

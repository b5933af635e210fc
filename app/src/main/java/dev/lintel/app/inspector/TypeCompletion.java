package dev.lintel.app.inspector;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * A suggestion popup under a type field: as the user types, the types that start with the text
 * (from the view-model); choosing one puts it in the field, where Enter commits it as usual.
 */
final class TypeCompletion {
    private TypeCompletion() {
    }

    static void install(TextField field, Function<String, List<String>> suggestions) {
        ContextMenu popup = new ContextMenu();
        boolean[] choosing = {false};
        popup.setId(field.getId() + "-suggestions");
        field.textProperty().addListener((obs, old, now) -> {
            // Only the user's typing opens it: a rebuild or a chosen suggestion sets text without focus or equal to it.
            if (!field.isFocused() || now.isEmpty() || choosing[0]) {
                popup.hide();
                return;
            }
            List<String> found = suggestions.apply(now);
            if (found.isEmpty()) {
                popup.hide();
                return;
            }
            popup.getItems().setAll(found.stream().map(type -> {
                CustomMenuItem item = new CustomMenuItem(new Label(type), true);
                item.setId("type-suggestion-" + type.replaceAll("[^A-Za-z0-9_]", "_"));
                item.setOnAction(e -> {
                    choosing[0] = true;
                    field.setText(type);
                    choosing[0] = false;
                    field.positionCaret(type.length());
                    popup.hide();
                });
                return item;
            }).toList());
            if (!popup.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
                popup.show(field, Side.BOTTOM, 0, 0);
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
    }
}

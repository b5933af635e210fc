package dev.lintel.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;

/**
 * Applies the AtlantaFX Primer theme (light by default, dark on request) and Lintel's own
 * stylesheet. Lintel's CSS uses only the theme's looked-up colours (-color-fg-default ...), so it
 * follows the switch without a second stylesheet.
 */
public final class ThemeManager {
    private static final String APP_STYLESHEET = "/dev/lintel/app/theme/lintel.css";

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);

    public ThemeManager() {
        dark.addListener((obs, old, now) -> applyUserAgentStylesheet());
        // At once, not at install: views built before the scene exists measure text (card sizes)
        // with the theme's fonts.
        applyUserAgentStylesheet();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public void toggle() {
        dark.set(!dark.get());
    }

    /** Installs the current theme for the whole application and Lintel's stylesheet on {@code scene}. */
    public void install(Scene scene) {
        applyUserAgentStylesheet();
        String css = ThemeManager.class.getResource(APP_STYLESHEET).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }

    private void applyUserAgentStylesheet() {
        Application.setUserAgentStylesheet(dark.get()
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}

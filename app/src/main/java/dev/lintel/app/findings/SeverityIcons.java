package dev.lintel.app.findings;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The one icon per severity used by the list, the badges and the cards. */
public final class SeverityIcons {
    private SeverityIcons() {
    }

    public static FontIcon of(FindingSeverity severity) {
        FontIcon icon = new FontIcon(switch (severity) {
            case ERROR -> Feather.X_OCTAGON;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case INFO, HINT -> Feather.INFO;
        });
        icon.getStyleClass().add(severity.styleClass());
        return icon;
    }
}

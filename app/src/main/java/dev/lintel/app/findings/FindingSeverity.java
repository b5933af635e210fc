package dev.lintel.app.findings;

import java.util.Locale;

/** A finding's severity in display form, most severe first (the model's order). */
public enum FindingSeverity {
    ERROR, WARNING, INFO, HINT;

    /** The style class used for icons and badges: {@code severity-error} ... Hints look like info. */
    public String styleClass() {
        return "severity-" + (this == HINT ? "info" : name().toLowerCase(Locale.ROOT));
    }

    public String label() {
        return switch (this) {
            case ERROR -> "Error";
            case WARNING -> "Warning";
            case INFO -> "Info";
            case HINT -> "Hint";
        };
    }

    /** Counted with info in the badges: a hint is not worth its own number. */
    public boolean isInfoLike() {
        return this == INFO || this == HINT;
    }
}

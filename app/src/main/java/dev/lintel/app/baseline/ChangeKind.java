package dev.lintel.app.baseline;

import java.util.Locale;

/** How an object differs from the baseline, as the Changes tab labels and colours it. */
public enum ChangeKind {
    ADDED, REMOVED, MODIFIED, RENAMED;

    /** {@code added}, {@code removed} ...: the label's text. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The style class that colours the label ({@code change-kind-added} ...). */
    public String styleClass() {
        return "change-kind-" + word();
    }
}

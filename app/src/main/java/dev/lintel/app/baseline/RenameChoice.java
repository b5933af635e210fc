package dev.lintel.app.baseline;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A rename the diff suspects, offered as a checkbox: ticked, the migration renames instead of
 * dropping and adding (which would lose the data).
 *
 * @see MigrationViewModel#renames()
 */
public final class RenameChoice {
    private final String label;
    private final String reason;
    private final BooleanProperty confirmed = new SimpleBooleanProperty(this, "confirmed", false);

    RenameChoice(String label, String reason) {
        this.label = label;
        this.reason = reason;
    }

    /** {@code orders.cust_id renamed to customer_id?} */
    public String label() {
        return label;
    }

    /** Why it looks like a rename ({@code same type, same position}). */
    public String reason() {
        return reason;
    }

    public BooleanProperty confirmedProperty() {
        return confirmed;
    }

    @Override
    public String toString() {
        return label;
    }
}

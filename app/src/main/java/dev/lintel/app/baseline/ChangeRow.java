package dev.lintel.app.baseline;

/**
 * One line of the Changes tab.
 *
 * @param object the object in words ({@code public.orders.customer_id})
 * @param description what changed ({@code column added: bigint NOT NULL})
 * @param objectPath what a click selects (the object, or its table when the object itself is
 *        gone); null when nothing on the canvas stands for it (a removed table)
 */
public record ChangeRow(ChangeKind kind, String object, String description, String objectPath) {
    @Override
    public String toString() {
        return kind.word() + " " + object + ": " + description;
    }
}

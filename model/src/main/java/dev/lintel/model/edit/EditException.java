package dev.lintel.model.edit;

/** An edit does not fit the schema it was applied to (a missing table, a taken name); the message is for the user. */
public final class EditException extends RuntimeException {
    public EditException(String message) {
        super(message);
    }
}

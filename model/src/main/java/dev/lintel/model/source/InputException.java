package dev.lintel.model.source;

/** An input that cannot be used at all (missing, unreadable, unsupported); the message is for the user. */
public class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}

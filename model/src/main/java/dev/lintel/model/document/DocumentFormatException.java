package dev.lintel.model.document;

/** A file that is not a readable Lintel document; the message is meant for the user. */
public class DocumentFormatException extends Exception {
    public DocumentFormatException(String message) {
        super(message);
    }

    public DocumentFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.lintel.app.inspector;

/**
 * What the inspector shows under a field after checking what was typed: an error (the edit waits
 * until it is fixed) or a warning (the edit is made). {@link #NONE} when all is well.
 */
public record FieldMessage(String text, boolean error) {
    public static final FieldMessage NONE = new FieldMessage("", false);

    public static FieldMessage error(String text) {
        return new FieldMessage(text, true);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}

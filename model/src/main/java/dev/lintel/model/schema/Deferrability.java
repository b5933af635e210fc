package dev.lintel.model.schema;

/** When a constraint is checked. */
public enum Deferrability {
    NOT_DEFERRABLE, DEFERRABLE_INITIALLY_IMMEDIATE, DEFERRABLE_INITIALLY_DEFERRED;

    public boolean isDeferrable() {
        return this != NOT_DEFERRABLE;
    }
}

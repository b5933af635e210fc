package dev.lintel.model.lint;

/** A waiver that no longer does anything, so that documents do not collect dead exceptions. */
public record StaleWaiver(Waiver waiver, Reason reason) {
    public enum Reason {
        /** The waived object is not in the schema any more. */
        OBJECT_MISSING,
        /** The rule id is not a registered rule. */
        UNKNOWN_RULE,
        /** The object exists but the rule reports nothing on it. */
        NO_MATCH
    }
}

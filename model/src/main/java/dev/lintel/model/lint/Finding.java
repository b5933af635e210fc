package dev.lintel.model.lint;

import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * One problem a rule found on one object.
 *
 * @param confidence 0..1 for heuristic (name-based) rules, null for rules that are certain
 * @param location where the object was declared when the schema came from a file, else null
 * @param waiver the waiver that accepts this finding, or null when it is not waived
 */
public record Finding(String ruleId, Severity severity, ObjectPath object, String message, Double confidence,
                      SourceLocation location, List<Fix> fixes, Waiver waiver) {
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(message, "message");
        if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
        }
        fixes = List.copyOf(fixes);
    }

    public boolean waived() {
        return waiver != null;
    }

    Finding located(SourceLocation where, Waiver by) {
        return new Finding(ruleId, severity, object, message, confidence, where, fixes, by);
    }

    /** Compiler-style line for the CLI and logs. */
    @Override
    public String toString() {
        return (location == null ? "" : location + ": ") + severity.name().toLowerCase(java.util.Locale.ROOT)
                + ": " + message + " [" + ruleId + "]" + (waived() ? " (waived)" : "");
    }
}

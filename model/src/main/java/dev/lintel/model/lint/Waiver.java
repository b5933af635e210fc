package dev.lintel.model.lint;

import dev.lintel.model.schema.ObjectPath;
import java.time.LocalDate;
import java.util.Objects;

/** A decision to accept one rule's finding on one object, with who decided, when and why. */
public record Waiver(String ruleId, ObjectPath objectPath, String reason, String author, LocalDate date) {
    public Waiver {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(objectPath, "objectPath");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean matches(Finding finding) {
        return ruleId.equals(finding.ruleId()) && objectPath.equals(finding.object());
    }
}

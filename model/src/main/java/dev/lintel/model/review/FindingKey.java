package dev.lintel.model.review;

import dev.lintel.model.lint.Finding;
import dev.lintel.model.schema.ObjectPath;
import java.util.Objects;
import java.util.Optional;

/**
 * The stable address of a finding, for comments on it: rule id plus object path, written
 * {@code finding:design-email-not-unique@column:public.users.email}. It is stable across lint runs
 * and edits that keep the object's name, like a waiver (which is keyed the same way).
 */
public record FindingKey(String ruleId, ObjectPath object) {
    public static final String PREFIX = "finding:";

    public FindingKey {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(object, "object");
        if (ruleId.isBlank() || ruleId.contains("@")) {
            throw new IllegalArgumentException("not a rule id: " + ruleId);
        }
    }

    public static FindingKey of(Finding f) {
        return new FindingKey(f.ruleId(), f.object());
    }

    public boolean matches(Finding f) {
        return ruleId.equals(f.ruleId()) && object.equals(f.object());
    }

    /** The finding key in a comment target, or empty when the target is an object path. */
    public static Optional<FindingKey> parse(String target) {
        if (target == null || !target.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int at = target.indexOf('@', PREFIX.length());
        if (at < 0) {
            throw new IllegalArgumentException("not a finding key (no '@'): " + target);
        }
        return Optional.of(new FindingKey(target.substring(PREFIX.length(), at), ObjectPath.parse(target.substring(at + 1))));
    }

    /**
     * The object a comment target is about: the path itself, or the finding's object.
     *
     * @throws IllegalArgumentException when the target is neither form
     */
    public static ObjectPath objectOf(String target) {
        return parse(target).map(FindingKey::object).orElseGet(() -> ObjectPath.parse(target));
    }

    @Override
    public String toString() {
        return PREFIX + ruleId + "@" + object;
    }
}

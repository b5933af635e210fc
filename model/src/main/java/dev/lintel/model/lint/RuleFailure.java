package dev.lintel.model.lint;

import dev.lintel.model.schema.ObjectPath;

/** A rule that threw on an object: a bug in the rule, kept visible instead of breaking the whole lint. */
public record RuleFailure(String ruleId, ObjectPath object, String error) {
}

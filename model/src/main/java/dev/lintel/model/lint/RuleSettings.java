package dev.lintel.model.lint;

import java.util.Map;

/**
 * How one rule is configured in a document or on the command line.
 *
 * @param enabled true/false to turn the rule on or off, null for the rule's default
 * @param severity a severity that replaces the rule's own, or null
 * @param thresholds numeric options by name (e.g. {@code max-columns} for {@code design-wide-table})
 */
public record RuleSettings(Boolean enabled, Severity severity, Map<String, Double> thresholds) {
    public static final RuleSettings DEFAULT = new RuleSettings(null, null, Map.of());

    public RuleSettings {
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
    }

    public RuleSettings withEnabled(Boolean v) {
        return new RuleSettings(v, severity, thresholds);
    }

    public RuleSettings withSeverity(Severity v) {
        return new RuleSettings(enabled, v, thresholds);
    }

    public RuleSettings withThreshold(String key, double value) {
        java.util.Map<String, Double> next = new java.util.HashMap<>(thresholds);
        next.put(key, value);
        return new RuleSettings(enabled, severity, next);
    }
}

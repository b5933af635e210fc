package dev.lintel.model.lint;

import dev.lintel.model.dialect.Dialect;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Everything that configures a lint run, as a value stored with the document: the target
 * dialect (reserved words, identifier limits, portability), per-rule settings and waivers.
 */
public record LintSettings(Dialect targetDialect, Map<String, RuleSettings> rules, List<Waiver> waivers) {
    public LintSettings {
        Objects.requireNonNull(targetDialect, "targetDialect");
        rules = Map.copyOf(rules);
        // One canonical order, so that equal settings are equal values and save to identical text.
        waivers = waivers.stream().sorted(WAIVER_ORDER).toList();
    }

    private static final java.util.Comparator<Waiver> WAIVER_ORDER = java.util.Comparator.comparing(Waiver::ruleId)
            .thenComparing(w -> w.objectPath().toString()).thenComparing(Waiver::reason)
            .thenComparing(w -> String.valueOf(w.author())).thenComparing(w -> String.valueOf(w.date()));

    public static LintSettings defaults() {
        return new LintSettings(Dialect.POSTGRES, Map.of(), List.of());
    }

    public RuleSettings rule(String ruleId) {
        return rules.getOrDefault(ruleId, RuleSettings.DEFAULT);
    }

    public boolean isEnabled(Rule rule) {
        Boolean on = rule(rule.id()).enabled();
        return on == null ? rule.enabledByDefault() : on;
    }

    public double threshold(String ruleId, String key, double fallback) {
        return rule(ruleId).thresholds().getOrDefault(key, fallback);
    }

    public LintSettings withTargetDialect(Dialect d) {
        return new LintSettings(d, rules, waivers);
    }

    public LintSettings withRule(String ruleId, UnaryOperator<RuleSettings> edit) {
        Map<String, RuleSettings> next = new HashMap<>(rules);
        next.put(ruleId, edit.apply(rule(ruleId)));
        return new LintSettings(targetDialect, next, waivers);
    }

    public LintSettings withWaivers(List<Waiver> v) {
        return new LintSettings(targetDialect, rules, v);
    }

    /** These settings with more waivers (e.g. inline ones from the SQL file) added to their own. */
    public LintSettings plusWaivers(List<Waiver> more) {
        List<Waiver> all = new java.util.ArrayList<>(waivers);
        all.addAll(more);
        return withWaivers(all);
    }

    public boolean isDefault() {
        return equals(defaults());
    }

    /** True when both settings make the rules produce the same raw findings (waivers aside). */
    boolean sameRuleConfiguration(LintSettings other) {
        return targetDialect == other.targetDialect && rules.equals(other.rules);
    }
}

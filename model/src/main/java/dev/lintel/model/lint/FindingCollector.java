package dev.lintel.model.lint;

import dev.lintel.model.schema.ObjectPath;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a rule reports. It stamps each finding with the rule id and the severity the settings
 * choose (an override wins over the severity the rule picks), so rules only say what is wrong.
 */
public final class FindingCollector {
    private final Rule rule;
    private final Severity override;
    private final List<Finding> findings = new ArrayList<>();

    FindingCollector(Rule rule, LintSettings settings) {
        this.rule = rule;
        this.override = settings.rule(rule.id()).severity();
    }

    /** A finding at the rule's default severity. */
    public void report(ObjectPath object, String message, Fix... fixes) {
        add(rule.defaultSeverity(), object, message, null, fixes);
    }

    /** A finding at a severity the rule picks for this case (e.g. warning when narrower, hint otherwise). */
    public void report(Severity severity, ObjectPath object, String message, Fix... fixes) {
        add(severity, object, message, null, fixes);
    }

    /** A finding of a heuristic rule, with how sure the rule is (0..1). */
    public void reportGuess(double confidence, ObjectPath object, String message, Fix... fixes) {
        add(rule.defaultSeverity(), object, message, confidence, fixes);
    }

    public void reportGuess(Severity severity, double confidence, ObjectPath object, String message, Fix... fixes) {
        add(severity, object, message, confidence, fixes);
    }

    private void add(Severity severity, ObjectPath object, String message, Double confidence, Fix... fixes) {
        Severity effective = override != null ? override : severity;
        findings.add(new Finding(rule.id(), effective, object, message, confidence, null, List.of(fixes), null));
    }

    /** What was reported since the last call, and forgets it: one collector serves a rule's run over every table. */
    List<Finding> drain() {
        if (findings.isEmpty()) {
            return List.of();
        }
        List<Finding> out = List.copyOf(findings);
        findings.clear();
        return out;
    }
}

package dev.lintel.model.lint;

import dev.lintel.model.lint.LintResult.RuleOutput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What one rule produced in one lint, kept so that live lint can reuse it: the output per table
 * (aligned with the schema's tables; one entry for a schema rule), its findings already located and
 * flattened in table order, and the rule's schema-wide index when it has one.
 */
final class RuleRun {
    private final RuleOutput[] outputs;
    private final Object index;
    private final List<Finding> findings;
    private final List<RuleFailure> failures;

    private RuleRun(RuleOutput[] outputs, Object index, List<Finding> findings, List<RuleFailure> failures) {
        this.outputs = outputs;
        this.index = index;
        this.findings = findings;
        this.failures = failures;
    }

    /** A run from located outputs; {@code outputs} is owned by the run from now on. */
    static RuleRun of(RuleOutput[] outputs, Object index) {
        List<Finding> findings = new ArrayList<>();
        List<RuleFailure> failures = List.of();
        for (RuleOutput o : outputs) {
            // Most tables have nothing to report: skip them rather than copy an empty list per table and rule.
            if (!o.findings().isEmpty()) {
                findings.addAll(o.findings());
            }
            if (!o.failures().isEmpty()) {
                if (failures.isEmpty()) {
                    failures = new ArrayList<>();
                }
                failures.addAll(o.failures());
            }
        }
        return new RuleRun(outputs, index, Collections.unmodifiableList(findings), Collections.unmodifiableList(failures));
    }

    /** This run with some outputs replaced, reusing the flattened findings when nothing actually changed. */
    RuleRun with(RuleOutput[] next, Object nextIndex) {
        return Arrays.equals(outputs, next) ? new RuleRun(next, nextIndex, findings, failures) : of(next, nextIndex);
    }

    int size() {
        return outputs.length;
    }

    /** The output for table position {@code i} (or the schema rule's single output at 0). */
    RuleOutput output(int i) {
        return outputs[i];
    }

    RuleOutput[] copyOfOutputs() {
        return outputs.clone();
    }

    Object index() {
        return index;
    }

    List<Finding> findings() {
        return findings;
    }

    List<RuleFailure> failures() {
        return failures;
    }
}

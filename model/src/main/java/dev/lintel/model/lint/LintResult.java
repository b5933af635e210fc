package dev.lintel.model.lint;

import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.SourceMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of one lint run: every finding (waived ones included, marked with their
 * waiver), the waivers that no longer apply, and rules that failed. It keeps the per-rule,
 * per-table output so that {@link Linter#relint} can reuse what an edit cannot have changed.
 */
public final class LintResult {
    /** What one rule produced on one table (or on the schema, for schema rules), findings located. */
    record RuleOutput(List<Finding> findings, List<RuleFailure> failures) {
        static final RuleOutput NONE = new RuleOutput(List.of(), List.of());
    }

    private final Schema schema;
    private final LintSettings settings;
    private final SourceMap sourceMap;
    private final List<Rule> rules;
    // rule id -> what the rule produced, per table: what live lint reuses
    private final Map<String, RuleRun> runs;
    // the indexes of this lint's schema, reused by the next live lint to see what an edit touched
    private final LintContext context;
    private final FindingLocator locator;
    private final List<Finding> findings;
    private final List<StaleWaiver> staleWaivers;
    private final List<RuleFailure> failures;

    /** Takes ownership of {@code runs} and {@code findings}, which the caller must not change afterwards. */
    LintResult(LintContext context, FindingLocator locator, SourceMap sourceMap, List<Rule> rules,
               Map<String, RuleRun> runs, List<Finding> findings, List<StaleWaiver> staleWaivers,
               List<RuleFailure> failures) {
        this.context = context;
        this.locator = locator;
        this.schema = context.schema();
        this.settings = context.settings();
        this.sourceMap = sourceMap;
        this.rules = List.copyOf(rules);
        this.runs = java.util.Collections.unmodifiableMap(runs);
        // Built fresh for this result and never shared: wrap instead of copying thousands of findings per edit.
        this.findings = java.util.Collections.unmodifiableList(findings);
        this.staleWaivers = List.copyOf(staleWaivers);
        this.failures = List.copyOf(failures);
    }

    public Schema schema() { return schema; }
    public LintSettings settings() { return settings; }
    public SourceMap sourceMap() { return sourceMap; }

    /** All findings, waived ones included, in rule order then table order. */
    public List<Finding> findings() { return findings; }

    /** Findings that are not waived: what the user still has to look at. */
    public List<Finding> active() {
        return findings.stream().filter(f -> !f.waived()).toList();
    }

    public List<Finding> waived() {
        return findings.stream().filter(Finding::waived).toList();
    }

    public List<Finding> findingsOf(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    public List<Finding> findingsOn(ObjectPath object) {
        return findings.stream().filter(f -> f.object().equals(object)).toList();
    }

    public List<StaleWaiver> staleWaivers() { return staleWaivers; }
    public List<RuleFailure> failures() { return failures; }

    List<Rule> rules() { return rules; }
    Map<String, RuleRun> runs() { return runs; }
    LintContext context() { return context; }
    FindingLocator locator() { return locator; }
}

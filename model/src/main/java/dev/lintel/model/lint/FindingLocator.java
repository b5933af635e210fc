package dev.lintel.model.lint;

import dev.lintel.model.lint.LintResult.RuleOutput;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.SourceLocation;
import dev.lintel.model.schema.SourceMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stamps raw findings with where their object was declared and the waiver that accepts them. Waivers
 * are looked up by rule and object in a map (the first waiver in settings order wins, as a linear
 * scan would pick), because every finding of every lint passes through here.
 */
final class FindingLocator {
    private final SourceMap sources;
    private final List<Waiver> waivers;
    private final Map<String, Map<ObjectPath, Waiver>> waiverByRuleAndObject = new HashMap<>();

    FindingLocator(SourceMap sources, List<Waiver> waivers) {
        this.sources = sources;
        this.waivers = waivers;
        for (Waiver w : waivers) {
            waiverByRuleAndObject.computeIfAbsent(w.ruleId(), k -> new HashMap<>()).putIfAbsent(w.objectPath(), w);
        }
    }

    /** True when this locator stamps every finding exactly as {@code other} does, so located findings carry over. */
    boolean locatesLike(FindingLocator other) {
        return sources == other.sources && waivers.equals(other.waivers);
    }

    RuleOutput locate(RuleOutput output) {
        if (output.findings().isEmpty()) {
            return output;
        }
        List<Finding> located = new ArrayList<>(output.findings().size());
        for (Finding f : output.findings()) {
            located.add(locate(f));
        }
        return new RuleOutput(List.copyOf(located), output.failures());
    }

    private Finding locate(Finding f) {
        // An empty source map (a schema not read from a file) locates nothing: skip rendering the path.
        SourceLocation where = sources.size() == 0 ? null : sources.locate(f.object()).orElse(null);
        Map<ObjectPath, Waiver> ofRule = waiverByRuleAndObject.get(f.ruleId());
        Waiver w = ofRule == null ? null : ofRule.get(f.object());
        return where == f.location() && w == f.waiver() ? f : f.located(where, w);
    }
}

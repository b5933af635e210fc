package dev.lintel.model.lint;

import dev.lintel.model.lint.LintResult.RuleOutput;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.SourceMap;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs the design rules over a schema. Stateless and thread-safe: live lint calls
 * {@link #relint} after each edit, which re-runs only what the edit can have changed and gives
 * exactly what {@link #lint} would.
 */
public final class Linter {
    private final List<Rule> rules;

    public Linter() {
        this(RuleRegistry.all());
    }

    public Linter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public LintResult lint(Schema schema, LintSettings settings) {
        return lint(schema, SourceMap.empty(), settings);
    }

    public LintResult lint(Schema schema, SourceMap sources, LintSettings settings) {
        LintContext ctx = new LintContext(schema, settings);
        Map<String, List<RuleOutput>> raw = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (settings.isEnabled(rule)) {
                raw.put(rule.id(), runAll(rule, ctx));
            }
        }
        return assemble(schema, settings, sources, raw);
    }

    /** As {@link #relint(LintResult, Schema, Schema, SourceMap, LintSettings)}, keeping the previous source map. */
    public LintResult relint(LintResult previous, Schema before, Schema after, LintSettings settings) {
        return relint(previous, before, after, previous.sourceMap(), settings);
    }

    /**
     * Lints {@code after} reusing {@code previous} (the lint of {@code before}): table rules re-run
     * on changed tables, neighbour rules also on the tables those reference or are referenced by,
     * schema rules always. Tables are compared by record equality. Anything it cannot reason
     * about (other settings, a changed enum or domain, duplicate table names) makes a full lint.
     */
    public LintResult relint(LintResult previous, Schema before, Schema after, SourceMap sources, LintSettings settings) {
        if (!previous.rules().equals(rules) || !previous.settings().sameRuleConfiguration(settings)
                || (previous.schema() != before && !previous.schema().equals(before))
                || !sameOutsideTables(before, after) || hasDuplicateNames(before) || hasDuplicateNames(after)) {
            return lint(after, sources, settings);
        }
        Set<QualifiedName> changed = changedTables(before, after);
        Set<QualifiedName> neighbourhood = neighbourhood(changed, before, after);
        Map<QualifiedName, Integer> beforeIndex = new HashMap<>();
        for (int i = 0; i < before.tables().size(); i++) {
            beforeIndex.put(before.tables().get(i).name(), i);
        }
        LintContext ctx = new LintContext(after, settings);
        Map<String, List<RuleOutput>> raw = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (!settings.isEnabled(rule)) {
                continue;
            }
            if (rule instanceof TableRule tr) {
                Set<QualifiedName> rerun = rule.scope() == Scope.TABLE ? changed : neighbourhood;
                List<RuleOutput> old = previous.raw().get(rule.id());
                List<RuleOutput> out = new ArrayList<>(after.tables().size());
                for (Table t : after.tables()) {
                    Integer was = beforeIndex.get(t.name());
                    out.add(rerun.contains(t.name()) || was == null || old == null ? runOne(tr, t, ctx) : old.get(was));
                }
                raw.put(rule.id(), out);
            } else {
                raw.put(rule.id(), runAll(rule, ctx));
            }
        }
        return assemble(after, settings, sources, raw);
    }

    // Running rules --------------------------------------------------------------------------

    private static List<RuleOutput> runAll(Rule rule, LintContext ctx) {
        if (rule instanceof TableRule tr) {
            List<RuleOutput> out = new ArrayList<>(ctx.schema().tables().size());
            for (Table t : ctx.schema().tables()) {
                out.add(runOne(tr, t, ctx));
            }
            return out;
        }
        SchemaRule sr = (SchemaRule) rule;
        FindingCollector collector = new FindingCollector(rule, ctx.settings());
        try {
            sr.check(ctx, collector);
            return List.of(new RuleOutput(collector.findings(), List.of()));
        } catch (RuntimeException e) {
            return List.of(failure(rule, ObjectPath.of(ObjectPath.Kind.SCHEMA, QualifiedName.unqualified("*")), e));
        }
    }

    private static RuleOutput runOne(TableRule rule, Table table, LintContext ctx) {
        FindingCollector collector = new FindingCollector(rule, ctx.settings());
        try {
            rule.check(table, ctx, collector);
            List<Finding> found = collector.findings();
            return found.isEmpty() ? RuleOutput.NONE : new RuleOutput(found, List.of());
        } catch (RuntimeException e) {
            // A rule bug must not hide every other finding; it is reported, and tests keep it at zero.
            return failure(rule, ObjectPath.table(table.name()), e);
        }
    }

    private static RuleOutput failure(Rule rule, ObjectPath where, RuntimeException e) {
        return new RuleOutput(List.of(), List.of(new RuleFailure(rule.id(), where, String.valueOf(e))));
    }

    // Assembling the result -----------------------------------------------------------------

    private LintResult assemble(Schema schema, LintSettings settings, SourceMap sources, Map<String, List<RuleOutput>> raw) {
        List<Finding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        Set<Waiver> used = new HashSet<>();
        for (List<RuleOutput> outputs : raw.values()) {
            for (RuleOutput o : outputs) {
                failures.addAll(o.failures());
                for (Finding f : o.findings()) {
                    Waiver w = settings.waivers().stream().filter(x -> x.matches(f)).findFirst().orElse(null);
                    if (w != null) {
                        used.add(w);
                    }
                    findings.add(f.located(sources.locate(f.object()).orElse(null), w));
                }
            }
        }
        List<StaleWaiver> stale = new ArrayList<>();
        Set<String> known = new HashSet<>();
        rules.forEach(r -> known.add(r.id()));
        for (Waiver w : settings.waivers()) {
            if (!known.contains(w.ruleId())) {
                stale.add(new StaleWaiver(w, StaleWaiver.Reason.UNKNOWN_RULE));
            } else if (!ObjectPaths.exists(schema, w.objectPath())) {
                stale.add(new StaleWaiver(w, StaleWaiver.Reason.OBJECT_MISSING));
            } else if (!used.contains(w) && raw.containsKey(w.ruleId())) {
                // A waiver of a rule that is switched off is dormant, not stale.
                stale.add(new StaleWaiver(w, StaleWaiver.Reason.NO_MATCH));
            }
        }
        return new LintResult(schema, settings, sources, rules, raw, findings, stale, failures);
    }

    // What an edit touched ---------------------------------------------------------------------

    private static boolean sameOutsideTables(Schema a, Schema b) {
        return a.namespaces().equals(b.namespaces()) && a.extensions().equals(b.extensions())
                && a.enums().equals(b.enums()) && a.domains().equals(b.domains())
                && a.sequences().equals(b.sequences()) && a.views().equals(b.views())
                && a.opaqueObjects().equals(b.opaqueObjects());
    }

    private static boolean hasDuplicateNames(Schema s) {
        Set<QualifiedName> seen = new HashSet<>();
        return !s.tables().stream().allMatch(t -> seen.add(t.name()));
    }

    private static Set<QualifiedName> changedTables(Schema before, Schema after) {
        Map<QualifiedName, Table> old = new HashMap<>();
        before.tables().forEach(t -> old.put(t.name(), t));
        Set<QualifiedName> changed = new HashSet<>();
        for (Table t : after.tables()) {
            if (!t.equals(old.remove(t.name()))) {
                changed.add(t.name());
            }
        }
        changed.addAll(old.keySet());
        return changed;
    }

    /**
     * Changed tables plus every table linked to one by a foreign key, before or after the edit.
     * Matching is by name and deliberately loose (an unqualified reference may denote any table
     * of that name) so that a change of how a reference resolves is never missed.
     */
    private static Set<QualifiedName> neighbourhood(Set<QualifiedName> changed, Schema before, Schema after) {
        Set<QualifiedName> out = new HashSet<>(changed);
        if (changed.isEmpty()) {
            return out;
        }
        for (Schema s : List.of(before, after)) {
            for (Table t : s.tables()) {
                // A table sharing a changed table's bare name may gain or lose unqualified references.
                if (changed.stream().anyMatch(c -> c.name().equals(t.name().name()))) {
                    out.add(t.name());
                }
                boolean tChanged = changed.contains(t.name());
                for (ForeignKey fk : t.foreignKeys()) {
                    if (!tChanged && changed.stream().anyMatch(c -> mayDenote(fk.referencedTable(), c))) {
                        out.add(t.name());
                    }
                    if (tChanged) {
                        after.tables().stream().map(Table::name)
                                .filter(n -> mayDenote(fk.referencedTable(), n)).forEach(out::add);
                    }
                }
            }
        }
        return out;
    }

    private static boolean mayDenote(QualifiedName ref, QualifiedName name) {
        return ref.equals(name) || (ref.schema() == null || name.schema() == null) && Objects.equals(ref.name(), name.name());
    }
}

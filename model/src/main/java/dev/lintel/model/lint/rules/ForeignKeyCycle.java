package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.SchemaRule;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tables that reference each other in a cycle (A to B to ... to A; self-references excluded):
 * inserts and deletes need deferred constraints or a nullable edge, and dumps need care.
 * One finding per strongly connected component, on its first table by name.
 */
public final class ForeignKeyCycle extends SchemaRule {
    public ForeignKeyCycle() {
        super("design-fk-cycle", Category.KEYS, Severity.INFO);
    }

    /** The graph reads of a table only whom its foreign keys reference (names resolve against the unchanged table names). */
    @Override
    public Object schemaFacts(Table table) {
        List<QualifiedName> targets = new ArrayList<>(table.foreignKeys().size());
        for (ForeignKey fk : table.foreignKeys()) {
            targets.add(fk.referencedTable());
        }
        return targets;
    }

    @Override
    public void check(LintContext ctx, FindingCollector out) {
        Map<QualifiedName, Set<QualifiedName>> edges = new HashMap<>();
        for (Table t : ctx.schema().tables()) {
            Set<QualifiedName> targets = edges.computeIfAbsent(t.name(), k -> new LinkedHashSet<>());
            for (ForeignKey fk : t.foreignKeys()) {
                ctx.resolve(fk.referencedTable()).map(Table::name).filter(n -> !n.equals(t.name())).ifPresent(targets::add);
            }
        }
        for (List<QualifiedName> component : stronglyConnected(edges)) {
            if (component.size() > 1) {
                List<String> names = component.stream().sorted().map(QualifiedName::toString).toList();
                out.report(ObjectPath.table(component.stream().sorted().findFirst().orElseThrow()),
                        "Tables " + String.join(", ", names) + " reference each other in a cycle of foreign keys.");
            }
        }
    }

    // Iterative Tarjan, so that long reference chains cannot overflow the stack.
    static List<List<QualifiedName>> stronglyConnected(Map<QualifiedName, Set<QualifiedName>> edges) {
        Map<QualifiedName, Integer> index = new HashMap<>();
        Map<QualifiedName, Integer> low = new HashMap<>();
        Deque<QualifiedName> stack = new ArrayDeque<>();
        Set<QualifiedName> onStack = new java.util.HashSet<>();
        List<List<QualifiedName>> result = new ArrayList<>();
        int[] counter = {0};
        List<QualifiedName> roots = edges.keySet().stream().sorted().toList();
        for (QualifiedName root : roots) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[] {root, edges.getOrDefault(root, Set.of()).iterator()});
            index.put(root, counter[0]);
            low.put(root, counter[0]++);
            stack.push(root);
            onStack.add(root);
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                QualifiedName v = (QualifiedName) frame[0];
                @SuppressWarnings("unchecked")
                java.util.Iterator<QualifiedName> it = (java.util.Iterator<QualifiedName>) frame[1];
                if (it.hasNext()) {
                    QualifiedName w = it.next();
                    if (!index.containsKey(w)) {
                        index.put(w, counter[0]);
                        low.put(w, counter[0]++);
                        stack.push(w);
                        onStack.add(w);
                        work.push(new Object[] {w, edges.getOrDefault(w, Set.of()).iterator()});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                } else {
                    work.pop();
                    if (!work.isEmpty()) {
                        QualifiedName parent = (QualifiedName) work.peek()[0];
                        low.put(parent, Math.min(low.get(parent), low.get(v)));
                    }
                    if (low.get(v).equals(index.get(v))) {
                        List<QualifiedName> component = new ArrayList<>();
                        QualifiedName w;
                        do {
                            w = stack.pop();
                            onStack.remove(w);
                            component.add(w);
                        } while (!w.equals(v));
                        result.add(component);
                    }
                }
            }
        }
        return result;
    }
}

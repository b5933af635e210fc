package dev.lintel.model.lint;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema being linted plus indexes computed once per run and shared by every rule, so that
 * each rule is a single pass over its tables instead of repeated scans.
 */
public final class LintContext {
    /** A foreign key with the table that declares it. */
    public record IncomingForeignKey(Table owner, ForeignKey foreignKey) {
    }

    private final Schema schema;
    private final LintSettings settings;
    private final Map<QualifiedName, Table> byName = new HashMap<>();
    private final Map<String, List<Table>> byBareName = new HashMap<>();
    private final Map<QualifiedName, List<IncomingForeignKey>> incoming = new HashMap<>();

    public LintContext(Schema schema, LintSettings settings) {
        this.schema = schema;
        this.settings = settings;
        for (Table t : schema.tables()) {
            byName.putIfAbsent(t.name(), t);
            byBareName.computeIfAbsent(t.name().name(), k -> new ArrayList<>()).add(t);
        }
        for (Table t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                resolve(fk.referencedTable()).ifPresent(target ->
                        incoming.computeIfAbsent(target.name(), k -> new ArrayList<>()).add(new IncomingForeignKey(t, fk)));
            }
        }
    }

    public Schema schema() {
        return schema;
    }

    public LintSettings settings() {
        return settings;
    }

    public Dialect dialect() {
        return settings.targetDialect();
    }

    public double threshold(Rule rule, String key, double fallback) {
        return settings.threshold(rule.id(), key, fallback);
    }

    /** The table a reference names: exact match, or by bare name when the reference has no schema and one table fits. */
    public Optional<Table> resolve(QualifiedName ref) {
        Table exact = byName.get(ref);
        if (exact != null || ref.schema() != null) {
            return Optional.ofNullable(exact);
        }
        List<Table> candidates = byBareName.getOrDefault(ref.name(), List.of());
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** The referenced columns of {@code fk}, resolving an implicit reference to the target's primary key. */
    public List<String> referencedColumns(ForeignKey fk) {
        if (!fk.referencedColumns().isEmpty()) {
            return fk.referencedColumns();
        }
        return resolve(fk.referencedTable())
                .map(t -> t.primaryKey() == null ? List.<String>of() : t.primaryKey().columns())
                .orElse(List.of());
    }

    /** Foreign keys (of any table, including {@code target} itself) that reference {@code target}. */
    public List<IncomingForeignKey> referencing(QualifiedName target) {
        return incoming.getOrDefault(target, List.of());
    }
}

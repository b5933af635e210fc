package dev.lintel.model.lint;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
    // name -> position of the first table of that name in schema.tables()
    private final Map<QualifiedName, Integer> positionByName = new HashMap<>();
    private final Map<String, List<Table>> byBareName = new HashMap<>();
    private final Map<QualifiedName, List<IncomingForeignKey>> incoming = new HashMap<>();
    // Bare referenced name -> tables with a foreign key to that bare name, resolved or not: lets live
    // lint find the tables an edited table's name may matter to without scanning every foreign key.
    private final Map<String, List<Table>> referrersByBareName = new HashMap<>();
    // IndexedTableRule -> its index, built on first use; live lint seeds it with the previous
    // lint's index when the edit kept every table's facts (see IndexedTableRule).
    // Concurrent because a full lint runs rules in parallel (see Linter#lint).
    private final Map<IndexedTableRule<?>, Object> indexes = new ConcurrentHashMap<>();
    // Table (this very object) -> facts several rules read, built when a rule first asks, so live
    // lint, which makes a new context per edit, computes them only for the tables it re-checks.
    // By identity: equal tables at two positions are still two entries.
    private final Map<Table, ColumnNames> columnNames = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Table, List<Identifier>> identifiers = Collections.synchronizedMap(new IdentityHashMap<>());

    public LintContext(Schema schema, LintSettings settings) {
        this.schema = schema;
        this.settings = settings;
        List<Table> tables = schema.tables();
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            positionByName.putIfAbsent(t.name(), i);
            byBareName.computeIfAbsent(t.name().name(), k -> new ArrayList<>()).add(t);
        }
        for (Table t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                List<Table> referrers = referrersByBareName.computeIfAbsent(fk.referencedTable().name(), k -> new ArrayList<>());
                if (referrers.isEmpty() || referrers.get(referrers.size() - 1) != t) {
                    referrers.add(t); // once per table: its foreign keys are visited together
                }
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
        Integer position = positionByName.get(ref);
        Table exact = position == null ? null : schema.tables().get(position);
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

    /** Tables of this bare name (any schema), in schema order. */
    List<Table> tablesNamed(String bareName) {
        return byBareName.getOrDefault(bareName, List.of());
    }

    /** Tables with a foreign key whose referenced table has this bare name, whether it resolves or not. */
    List<Table> referrersOf(String bareName) {
        return referrersByBareName.getOrDefault(bareName, List.of());
    }

    boolean hasDuplicateNames() {
        return positionByName.size() != schema.tables().size();
    }

    /** Position of the first table of this exact name, or -1. */
    int positionOf(QualifiedName name) {
        Integer position = positionByName.get(name);
        return position == null ? -1 : position;
    }

    /** Where {@code table} (this very object) is in the schema's table list. */
    int positionOf(Table table) {
        List<Table> tables = schema.tables();
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i) == table) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a table of this schema: " + table.name());
    }

    /** The index of {@code rule} over this schema, built once on first use. */
    @SuppressWarnings("unchecked")
    <I> I index(IndexedTableRule<I> rule) {
        return (I) indexes.computeIfAbsent(rule, r -> r.buildIndex(schema));
    }

    /** The index {@code rule} had for the schema before an edit that kept every table's facts, so it is this schema's too. */
    void reuseIndex(IndexedTableRule<?> rule, Object index) {
        indexes.put(rule, index);
    }

    /** The index {@code rule} built over this schema, or null when it has not been built. */
    Object builtIndex(IndexedTableRule<?> rule) {
        return indexes.get(rule);
    }

    /** The column names of {@code table}, folded for name checks; built once per lint and table. */
    public ColumnNames columnNames(Table table) {
        return columnNames.computeIfAbsent(table, ColumnNames::new);
    }

    /** Every identifier {@code table} owns, with its spelling classified; built once per lint and table. */
    public List<Identifier> identifiers(Table table) {
        return identifiers.computeIfAbsent(table, Identifier::of);
    }

    /** Foreign keys (of any table, including {@code target} itself) that reference {@code target}. */
    public List<IncomingForeignKey> referencing(QualifiedName target) {
        return incoming.getOrDefault(target, List.of());
    }
}

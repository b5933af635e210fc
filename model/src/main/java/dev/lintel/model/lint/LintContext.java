package dev.lintel.model.lint;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
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
    private final TableNames names;
    private final ForeignKeyLinks links;
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
        this.names = new TableNames(schema.tables());
        this.links = ForeignKeyLinks.of(schema.tables(), names);
    }

    private LintContext(Schema schema, LintSettings settings, TableNames names, ForeignKeyLinks links) {
        this.schema = schema;
        this.settings = settings;
        this.names = names;
        this.links = links;
    }

    /**
     * The context of {@code after}, a schema with the same table names in the same order as {@code before}'s:
     * equal to {@code new LintContext(after, settings)}, but it shares the name index and redoes only the
     * edited tables' foreign keys, so that live lint costs what the edit touched, not the schema's size.
     */
    static LintContext afterEdit(LintContext before, Schema after, LintSettings settings) {
        List<Table> old = before.schema.tables();
        List<Table> now = after.tables();
        if (old.size() != now.size() || before.names.hasDuplicates()) {
            return new LintContext(after, settings);
        }
        int[] changed = new int[4];
        int n = 0;
        for (int i = 0; i < now.size(); i++) {
            if (old.get(i) != now.get(i)) {
                if (!old.get(i).name().equals(now.get(i).name())) {
                    return new LintContext(after, settings);
                }
                if (n == changed.length) {
                    changed = java.util.Arrays.copyOf(changed, n * 2);
                }
                changed[n++] = i;
            }
        }
        changed = java.util.Arrays.copyOf(changed, n);
        return new LintContext(after, settings, before.names, before.links.afterEdit(old, now, changed, before.names));
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
        int position = names.resolve(ref);
        return position < 0 ? Optional.empty() : Optional.of(schema.tables().get(position));
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
        return tablesAt(names.positionsNamed(bareName));
    }

    /** Tables with a foreign key whose referenced table has this bare name, whether it resolves or not. */
    List<Table> referrersOf(String bareName) {
        return tablesAt(links.referrersOf(bareName));
    }

    private List<Table> tablesAt(int[] positions) {
        List<Table> out = new ArrayList<>(positions.length);
        for (int p : positions) {
            out.add(schema.tables().get(p));
        }
        return out;
    }

    boolean hasDuplicateNames() {
        return names.hasDuplicates();
    }

    /** Position of the first table of this exact name, or -1. */
    int positionOf(QualifiedName name) {
        return names.positionOf(name);
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
        return links.referencing(target, schema.tables());
    }
}

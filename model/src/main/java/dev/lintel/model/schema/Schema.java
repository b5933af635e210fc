package dev.lintel.model.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A whole database design: an immutable value. Edits return a new schema; undo is a stack of
 * snapshots; lint and diff run on any thread without locks.
 *
 * <p>Opaque objects keep source order (their order is their meaning); everything else is
 * sorted by {@link #normalize()}.
 */
public record Schema(
        List<Namespace> namespaces,
        List<Extension> extensions,
        List<EnumType> enums,
        List<Domain> domains,
        List<Sequence> sequences,
        List<Table> tables,
        List<View> views,
        List<OpaqueObject> opaqueObjects) {

    public Schema {
        namespaces = Lists.copy(namespaces);
        extensions = Lists.copy(extensions);
        enums = Lists.copy(enums);
        domains = Lists.copy(domains);
        sequences = Lists.copy(sequences);
        tables = Lists.copy(tables);
        views = Lists.copy(views);
        opaqueObjects = Lists.copy(opaqueObjects);
    }

    public static Schema empty() {
        return new Schema(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public static Schema ofTables(List<Table> tables) {
        return empty().withTables(tables);
    }

    // Lookups -------------------------------------------------------------------------------

    public Optional<Table> table(QualifiedName name) {
        for (Table t : tables) {
            if (t.name().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Finds a table by name when the reference may omit the schema (matches by name alone then). */
    public Optional<Table> resolveTable(QualifiedName ref) {
        Optional<Table> exact = table(ref);
        if (exact.isPresent() || ref.schema() != null) {
            return exact;
        }
        return tables.stream().filter(t -> t.name().name().equals(ref.name())).findFirst();
    }

    public Optional<EnumType> enumType(QualifiedName name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Optional<View> view(QualifiedName name) {
        return views.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** Foreign keys of other tables (and self-references) that point at {@code target}, with their owners. */
    public List<Map.Entry<Table, ForeignKey>> foreignKeysReferencing(QualifiedName target) {
        List<Map.Entry<Table, ForeignKey>> out = new ArrayList<>();
        for (Table t : tables) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (sameTable(fk.referencedTable(), target)) {
                    out.add(Map.entry(t, fk));
                }
            }
        }
        return out;
    }

    /** The referenced columns of a foreign key, resolving an implicit reference to the target's primary key. */
    public List<String> resolvedReferencedColumns(ForeignKey fk) {
        if (!fk.referencedColumns().isEmpty()) {
            return fk.referencedColumns();
        }
        return resolveTable(fk.referencedTable())
                .map(Table::primaryKey)
                .map(PrimaryKey::columns)
                .orElse(List.of());
    }

    /**
     * Indexes of a table whose leading columns are exactly {@code columns} in some order, i.e. can
     * serve lookups on them; includes the indexes implied by the primary key and unique constraints.
     */
    public static List<List<String>> indexesCovering(Table table, List<String> columns) {
        List<List<String>> candidates = new ArrayList<>();
        if (table.primaryKey() != null) {
            candidates.add(table.primaryKey().columns());
        }
        table.uniqueConstraints().forEach(u -> candidates.add(u.columns()));
        table.indexes().stream().filter(i -> i.method().equals("btree")).forEach(i -> candidates.add(i.leadingColumns()));
        return candidates.stream()
                .filter(lead -> lead.size() >= columns.size()
                        && new java.util.HashSet<>(lead.subList(0, columns.size())).equals(new java.util.HashSet<>(columns)))
                .toList();
    }

    private static boolean sameTable(QualifiedName ref, QualifiedName target) {
        return ref.equals(target) || (ref.schema() == null || target.schema() == null) && ref.name().equals(target.name());
    }

    /** Table name to table, for repeated lookups in one pass. */
    public Map<QualifiedName, Table> tablesByName() {
        Map<QualifiedName, Table> map = new HashMap<>();
        tables.forEach(t -> map.put(t.name(), t));
        return map;
    }

    // Edits ---------------------------------------------------------------------------------

    public Schema withTables(List<Table> v) {
        return new Schema(namespaces, extensions, enums, domains, sequences, v, views, opaqueObjects);
    }

    public Schema withNamespaces(List<Namespace> v) {
        return new Schema(v, extensions, enums, domains, sequences, tables, views, opaqueObjects);
    }

    public Schema withExtensions(List<Extension> v) {
        return new Schema(namespaces, v, enums, domains, sequences, tables, views, opaqueObjects);
    }

    public Schema withEnums(List<EnumType> v) {
        return new Schema(namespaces, extensions, v, domains, sequences, tables, views, opaqueObjects);
    }

    public Schema withDomains(List<Domain> v) {
        return new Schema(namespaces, extensions, enums, v, sequences, tables, views, opaqueObjects);
    }

    public Schema withSequences(List<Sequence> v) {
        return new Schema(namespaces, extensions, enums, domains, v, tables, views, opaqueObjects);
    }

    public Schema withViews(List<View> v) {
        return new Schema(namespaces, extensions, enums, domains, sequences, tables, v, opaqueObjects);
    }

    public Schema withOpaqueObjects(List<OpaqueObject> v) {
        return new Schema(namespaces, extensions, enums, domains, sequences, tables, views, v);
    }

    /** Replaces the table named {@code name} by {@code f(table)}; unchanged when absent. */
    public Schema mapTable(QualifiedName name, UnaryOperator<Table> f) {
        return withTables(Lists.map(tables, t -> t.name().equals(name) ? f.apply(t) : t));
    }

    public Schema addTable(Table table) {
        List<Table> next = new ArrayList<>(tables);
        next.add(table);
        return withTables(next);
    }

    public Schema removeTable(QualifiedName name) {
        return withTables(tables.stream().filter(t -> !t.name().equals(name)).toList());
    }

    // Canonical form ------------------------------------------------------------------------

    /** The canonical order: equal designs give equal values and identical files. */
    public Schema normalize() {
        return new Schema(
                Lists.sorted(namespaces, Comparator.comparing(Namespace::name)),
                Lists.sorted(extensions, Comparator.comparing(Extension::name)),
                Lists.sorted(enums, Comparator.comparing(EnumType::name)),
                Lists.sorted(domains, Comparator.comparing(Domain::name)),
                Lists.sorted(sequences, Comparator.comparing(Sequence::name)),
                Lists.sorted(tables.stream().map(Table::normalize).toList(), Comparator.comparing(Table::name)),
                Lists.sorted(views, Comparator.comparing(View::name)),
                opaqueObjects);
    }

    /**
     * The schema as the database holds it: without the relationships the design declares but does
     * not enforce ({@link ForeignKey#notEnforced}). Diff and migrations work on this view, so that
     * such a relationship never becomes a DROP or ADD of a constraint the database does not have.
     */
    public Schema enforced() {
        if (tables.stream().noneMatch(t -> t.foreignKeys().stream().anyMatch(ForeignKey::notEnforced))) {
            return this;
        }
        return withTables(tables.stream().map(t -> t.foreignKeys().stream().noneMatch(ForeignKey::notEnforced) ? t
                : t.toBuilder().foreignKeys(t.foreignKeys().stream().filter(ForeignKey::enforced).toList()).build()).toList());
    }

    public int objectCount() {
        return namespaces.size() + extensions.size() + enums.size() + domains.size() + sequences.size()
                + tables.size() + views.size() + opaqueObjects.size();
    }

    /** Distinct schema names used by any object, in order. */
    public List<String> schemaNames() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        namespaces.forEach(n -> names.add(n.name()));
        tables.forEach(t -> { if (t.name().schema() != null) names.add(t.name().schema()); });
        views.forEach(v -> { if (v.name().schema() != null) names.add(v.name().schema()); });
        return List.copyOf(names);
    }

    static <T> T require(T value, String what) {
        return Objects.requireNonNull(value, what);
    }
}

package dev.lintel.model.ddl.parse;

import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.ConstraintNames;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Domain;
import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.Extension;
import dev.lintel.model.schema.Namespace;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.OpaqueObject;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Sequence;
import dev.lintel.model.schema.SourceLocation;
import dev.lintel.model.schema.SourceMap;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The mutable state of one import: objects as the statements so far left them, the names taken in
 * each schema (to choose constraint names as PostgreSQL does), the current search path, source
 * locations and diagnostics. Statement readers change it; {@link #build()} freezes it.
 */
final class SchemaBuilder {
    final Dialect dialect;
    private final String fileName;
    private String defaultSchema;
    /** The usable entries of the search path, in order: where unqualified type names are looked up. */
    private List<String> searchPath;
    final Map<QualifiedName, Table.Builder> tables = new LinkedHashMap<>();
    final Map<QualifiedName, EnumType> enums = new LinkedHashMap<>();
    final Map<QualifiedName, Domain> domains = new LinkedHashMap<>();
    final Map<QualifiedName, Sequence> sequences = new LinkedHashMap<>();
    final Map<QualifiedName, View> views = new LinkedHashMap<>();
    final Map<String, Namespace> namespaces = new LinkedHashMap<>();
    final Map<String, Extension> extensions = new LinkedHashMap<>();
    /** Types created by statements the model keeps opaque (composite, range, base types): columns may use them. */
    final Set<QualifiedName> opaqueTypes = new HashSet<>();
    final List<OpaqueObject> opaqueObjects = new ArrayList<>();
    /** Sequences PostgreSQL creates implicitly for serial and identity columns: not in the model, but ALTER SEQUENCE may name them. */
    final Map<QualifiedName, dev.lintel.model.schema.ColumnRef> implicitSequences = new HashMap<>();
    /** pg_class names per schema: tables, views, sequences, indexes. */
    private final Map<String, Set<String>> relationNames = new HashMap<>();
    /** pg_constraint names per schema. */
    private final Map<String, Set<String>> constraintNames = new HashMap<>();
    private final Map<String, SourceLocation> locations = new LinkedHashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private RawStatement current;
    /** While true, problems are reported as INFO: the statements come from guarded code that may not have run. */
    private boolean lenient;

    SchemaBuilder(Dialect dialect, String fileName) {
        this.dialect = dialect;
        this.fileName = fileName;
        this.defaultSchema = dialect.defaultSchema();
        this.searchPath = defaultSchema == null ? List.of() : List.of(defaultSchema);
    }

    void startStatement(RawStatement statement) {
        current = statement;
    }

    RawStatement current() {
        return current;
    }

    String defaultSchema() {
        return defaultSchema;
    }

    // Names ----------------------------------------------------------------------------------

    /** Fills in the current default schema when the name has none. */
    QualifiedName qualify(QualifiedName name) {
        return name.schema() == null && defaultSchema != null ? name.withSchema(defaultSchema) : name;
    }

    /** {@code SET search_path}: unqualified names go to the first usable entry from now on. */
    void setSearchPath(List<String> schemas) {
        searchPath = schemas.stream()
                .filter(s -> !s.isBlank() && !s.equals("$user") && !s.equals("pg_catalog"))
                .distinct()
                .toList();
        defaultSchema = searchPath.isEmpty() ? dialect.defaultSchema() : searchPath.get(0);
    }

    /** The search path as set, for statements (CREATE SCHEMA elements) that push an entry and restore it after. */
    List<String> searchPath() {
        return searchPath;
    }

    /**
     * Where PostgreSQL would look for an unqualified type or relation name: each search path entry in
     * order, then the default schema (a path naming no usable schema still creates there).
     */
    List<QualifiedName> lookupCandidates(QualifiedName name) {
        if (name.schema() != null) {
            return List.of(name);
        }
        List<QualifiedName> out = new ArrayList<>();
        searchPath.forEach(s -> out.add(name.withSchema(s)));
        QualifiedName qualified = qualify(name);
        if (!out.contains(qualified)) {
            out.add(qualified);
        }
        return out;
    }

    /** The table a statement names, looked up in the current schema first, then by name alone. */
    Table.Builder table(QualifiedName name) {
        Table.Builder exact = tables.get(qualify(name));
        if (exact != null || name.schema() != null) {
            return exact;
        }
        return tables.values().stream().filter(b -> b.name().name().equals(name.name())).findFirst().orElse(null);
    }

    void reserveRelation(String schema, String name) {
        relationNames.computeIfAbsent(key(schema), k -> new HashSet<>()).add(name);
    }

    void reserveConstraint(String schema, String name) {
        constraintNames.computeIfAbsent(key(schema), k -> new HashSet<>()).add(name);
    }

    void releaseName(String schema, String name) {
        // A schema may have no relation or no constraint name yet: no set to remove from.
        Set<String> relations = relationNames.get(key(schema));
        if (relations != null) {
            relations.remove(name);
        }
        Set<String> constraints = constraintNames.get(key(schema));
        if (constraints != null) {
            constraints.remove(name);
        }
    }

    /** A name for an index-backed constraint: unique among relations and constraints (ChooseRelationName, isconstraint). */
    String chooseIndexConstraintName(String schema, String table, String name2, String label) {
        // Ask both name spaces rather than copying them together: copying made large imports quadratic.
        Set<String> relations = relationNames.getOrDefault(key(schema), Set.of());
        Set<String> constraints = constraintNames.getOrDefault(key(schema), Set.of());
        String name = ConstraintNames.uniquify(table, name2, label, n -> relations.contains(n) || constraints.contains(n));
        reserveRelation(schema, name);
        reserveConstraint(schema, name);
        return name;
    }

    /** A name for a CHECK or FOREIGN KEY constraint: unique among the schema's constraints (ChooseConstraintName). */
    String chooseConstraintName(String schema, String table, String name2, String label) {
        String name = ConstraintNames.uniquify(table, name2, label, constraintNames.getOrDefault(key(schema), Set.of()));
        reserveConstraint(schema, name);
        return name;
    }

    /** A name for an index or implicit sequence: unique among relations (ChooseRelationName). */
    String chooseRelationName(String schema, String table, String name2, String label) {
        String name = ConstraintNames.uniquify(table, name2, label, relationNames.getOrDefault(key(schema), Set.of()));
        reserveRelation(schema, name);
        return name;
    }

    private static String key(String schema) {
        return Objects.requireNonNullElse(schema, "");
    }

    // Locations and diagnostics ----------------------------------------------------------------

    SourceLocation here() {
        return current == null ? new SourceLocation(fileName, 1, 1) : new SourceLocation(fileName, current.line(), current.column());
    }

    void locate(ObjectPath path) {
        locations.put(path.toString(), here());
    }

    void forget(ObjectPath path) {
        locations.remove(path.toString());
    }

    void info(String message) {
        diagnostics.add(Diagnostic.info(message, here(), excerpt()));
    }

    void warning(String message) {
        diagnostics.add(lenient ? Diagnostic.info(message + " (inside a DO block)", here(), excerpt())
                : Diagnostic.warning(message, here(), excerpt()));
    }

    /** A warning about an object found after all statements ran: located where the object was defined. */
    void warningAt(ObjectPath path, String message) {
        SourceLocation where = locations.getOrDefault(path.toString(), new SourceLocation(fileName, 1, 1));
        diagnostics.add(Diagnostic.warning(message, where, null));
    }

    void setLenient(boolean v) {
        lenient = v;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private String excerpt() {
        if (current == null) {
            return null;
        }
        String flat = current.text().replaceAll("\\s+", " ").strip();
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
    }

    // Result ---------------------------------------------------------------------------------

    Schema build() {
        return new Schema(
                List.copyOf(namespaces.values()),
                List.copyOf(extensions.values()),
                List.copyOf(enums.values()),
                List.copyOf(domains.values()),
                List.copyOf(sequences.values()),
                tables.values().stream().map(Table.Builder::build).toList(),
                List.copyOf(views.values()),
                opaqueObjects).normalize();
    }

    SourceMap sourceMap() {
        return new SourceMap(locations);
    }
}

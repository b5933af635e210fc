package dev.lintel.model.jpa;

import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.ConstraintNames;
import dev.lintel.model.jpa.TableDraft.CheckDraft;
import dev.lintel.model.jpa.TableDraft.ForeignKeyDraft;
import dev.lintel.model.jpa.TableDraft.IndexDraft;
import dev.lintel.model.jpa.TableDraft.UniqueDraft;
import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.SourceLocation;
import dev.lintel.model.schema.SourceMap;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a folder of JPA entity sources (no build, no class path) and returns the schema Hibernate 7
 * would create for them ({@code hbm2ddl create}): tables, columns with Hibernate's types and column
 * order, keys, foreign keys and unique keys with Hibernate's names, checks, indexes, sequences.
 * Sources that do not parse or types that do not resolve are diagnostics with file:line; the rest is mapped.
 */
public final class JpaImporter {

    public JpaImportResult importFolder(Path folder, JpaImportOptions options) throws IOException {
        List<SourceSet.SourceFile> files = new ArrayList<>();
        List<Diagnostic> skipped = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                String name = p.getFileName().toString();
                if (name.endsWith(".kt") || name.endsWith(".kts")) {
                    skipped.add(Diagnostic.warning("Kotlin sources are not read; entities declared here are not mapped",
                            new SourceLocation(rel, 1, 0), null));
                } else if (name.endsWith(".java")) {
                    files.add(new SourceSet.SourceFile(rel, read(p)));
                }
            }
        }
        JpaImportResult result = importSources(files, options);
        List<Diagnostic> all = new ArrayList<>(skipped);
        all.addAll(result.diagnostics());
        return new JpaImportResult(result.schema(), all, result.sourceMap());
    }

    private static String read(Path p) throws IOException {
        byte[] bytes = Files.readAllBytes(p);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** As {@link #importFolder}, for sources already in memory: each a path (for messages) and its text. */
    public JpaImportResult importSources(Map<String, String> sources, JpaImportOptions options) {
        List<SourceSet.SourceFile> files = new ArrayList<>();
        sources.forEach((path, text) -> files.add(new SourceSet.SourceFile(path, text)));
        return importSources(files, options);
    }

    JpaImportResult importSources(List<SourceSet.SourceFile> files, JpaImportOptions options) {
        SourceSet set = SourceSet.parse(files);
        MappingContext ctx = new MappingContext(set, new Naming(options.naming(), options.dialect()), options.hibernate());
        new EntityMapper(ctx).run();
        List<Diagnostic> diagnostics = new ArrayList<>(set.diagnostics());
        diagnostics.addAll(ctx.diagnostics);
        Schema schema = build(ctx);
        return new JpaImportResult(schema, diagnostics, new SourceMap(ctx.locations));
    }

    private static Schema build(MappingContext ctx) {
        Map<String, Set<String>> relationNames = new HashMap<>(); // per schema: PostgreSQL uniquifies index names there
        ctx.tables.values().forEach(t -> relationNames.computeIfAbsent(t.name.schema(), s -> new HashSet<>()).add(t.name.name()));
        ctx.sequences.keySet().forEach(s -> relationNames.computeIfAbsent(s.schema(), x -> new HashSet<>()).add(s.name()));
        ctx.tables.values().forEach(t -> t.indexes.forEach(i -> relationNames.get(t.name.schema()).add(i.name())));
        ctx.tables.values().forEach(t -> t.uniques.stream().filter(u -> u.name() != null)
                .forEach(u -> relationNames.get(t.name.schema()).add(u.name())));
        List<Table> tables = new ArrayList<>();
        for (TableDraft t : ctx.tables.values().stream().sorted((a, b) -> a.name.compareTo(b.name)).toList()) {
            tables.add(build(t, relationNames.get(t.name.schema()), ctx));
        }
        return Schema.empty().withTables(tables).withSequences(List.copyOf(ctx.sequences.values())).normalize();
    }

    private static Table build(TableDraft t, Set<String> relations, MappingContext ctx) {
        String table = t.name.name();
        Table.Builder b = Table.builder(t.name);
        t.orderedColumns().forEach(c -> b.addColumn(c.toColumn()));
        if (!t.primaryKey.isEmpty()) {
            String name = ConstraintNames.uniquify(table, null, "pkey", relations);
            relations.add(name);
            b.primaryKey(new PrimaryKey(name, t.primaryKey, null));
        }
        for (UniqueDraft u : t.uniques) {
            String name = u.name();
            if (name == null) {
                name = ConstraintNames.uniquify(table, dev.lintel.model.dialect.Identifiers.columnsPart(u.columns()), "key", relations);
                relations.add(name);
            }
            b.addUnique(new UniqueConstraint(name, u.columns(), false, null));
        }
        for (ForeignKeyDraft fk : t.foreignKeys) {
            b.addForeignKey(ForeignKey.of(fk.name(), fk.columns(), fk.target(), fk.targetColumns()).withNotEnforced(fk.notEnforced()));
            ctx.locations.putIfAbsent(ObjectPath.constraint(t.name, fk.name()).toString(), fk.location());
        }
        Set<String> checkNames = new HashSet<>();
        for (CheckDraft c : t.checks) {
            String column = new HashSet<>(c.columns()).size() == 1 ? c.columns().get(0) : null;
            String name = ConstraintNames.uniquify(table, column, "check", checkNames);
            checkNames.add(name);
            b.addCheck(CheckConstraint.of(name, c.expression()));
        }
        for (IndexDraft i : t.indexes) {
            List<IndexKey> keys = new ArrayList<>();
            for (int k = 0; k < i.columns().size(); k++) {
                IndexKey key = IndexKey.column(i.columns().get(k));
                keys.add(i.descending().get(k) ? key.descending() : key);
            }
            b.addIndex(new Index(i.name(), false, "btree", keys, List.of(), null, false));
            ctx.locations.putIfAbsent(ObjectPath.index(t.name, i.name()).toString(), i.location());
        }
        return b.build();
    }
}

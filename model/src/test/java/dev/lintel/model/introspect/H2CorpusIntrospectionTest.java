package dev.lintel.model.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import dev.lintel.model.source.InputKind;
import dev.lintel.model.source.LoadedSchema;
import dev.lintel.model.source.SchemaSources;
import dev.lintel.model.testing.Corpus;
import dev.lintel.model.testing.H2Databases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every H2 corpus file created in H2, then introspected: every table, column, key and index must
 * be recovered, compared with Lintel's own DDL import of the same file. Constraints compare by
 * structure (H2 names unnamed ones {@code CONSTRAINT_xx}, the import PostgreSQL's way); index
 * names compare as they are (CREATE INDEX always names them). The same database is also read
 * through {@link SchemaSources} (a {@code jdbc:h2:} input) and the generic metadata fallback.
 */
class H2CorpusIntrospectionTest {

    static Stream<Named<Path>> corpusFiles() {
        if (!Corpus.isAvailable()) {
            return Stream.of(Named.of("no corpus", null));
        }
        return Corpus.files(Corpus.Dialect.H2).stream().map(f -> Named.of(Corpus.nameOf(f), f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void recoversEveryTableColumnKeyAndIndex(Path file) throws Exception {
        Corpus.assumeAvailable();
        Schema imported = new DdlImporter().importFile(file, Dialect.H2).schema();
        try (H2Databases.Database db = H2Databases.create("introspect_" + Corpus.nameOf(file))) {
            IntrospectionResult result;
            try (Connection c = db.connect()) {
                H2Databases.executeScript(c, Files.readString(file), false);
                result = new H2Introspector().introspect(c, IntrospectionOptions.defaults(), db.jdbcUrl());
            }
            List<String> expected = facts(imported);
            List<String> actual = facts(result.schema());
            List<String> missing = new ArrayList<>(expected);
            missing.removeAll(actual);
            System.out.println("H2 introspected " + Corpus.nameOf(file) + ": " + (expected.size() - missing.size()) + "/"
                    + expected.size() + " facts (tables, columns, keys, indexes) in " + result.queries() + " queries");
            assertEquals(List.of(), missing);

            LoadedSchema viaInput = SchemaSources.load(db.jdbcUrl() + ";USER=sa", null);
            assertEquals(InputKind.DATABASE, viaInput.kind());
            assertEquals(Dialect.H2, viaInput.dialect());
            assertEquals(imported.tables().size(), viaInput.schema().tables().size());

            try (Connection c = db.connect()) {
                IntrospectionResult generic = new JdbcMetadataIntrospector().introspect(c, IntrospectionOptions.defaults(),
                        db.jdbcUrl());
                assertTrue(generic.diagnostics().get(0).message().contains("less complete"));
                assertEquals(tablesAndColumns(imported), tablesAndColumns(generic.schema()));
                assertEquals(primaryKeys(imported), primaryKeys(generic.schema()));
            }
        }
    }

    /** One line per recovered thing, independent of constraint names and list order. */
    private static List<String> facts(Schema schema) {
        Set<String> out = new TreeSet<>();
        out.addAll(tablesAndColumns(schema));
        out.addAll(primaryKeys(schema));
        for (Table t : schema.tables()) {
            for (UniqueConstraint u : t.uniqueConstraints()) {
                out.add(t.name() + " unique " + u.columns());
            }
            for (ForeignKey fk : t.foreignKeys()) {
                out.add(t.name() + " fk " + fk.columns() + " -> " + fk.referencedTable() + " " + schema.resolvedReferencedColumns(fk)
                        + " on delete " + fk.onDelete());
            }
            for (Index i : t.indexes()) {
                out.add(t.name() + " index " + i.name() + (i.unique() ? " unique " : " ") + i.keys());
            }
        }
        return new ArrayList<>(out);
    }

    private static Set<String> tablesAndColumns(Schema schema) {
        return schema.tables().stream().map(t -> t.name() + " " + t.columns().stream()
                .map(c -> c.name() + (c.nullable() ? "" : " not null")).toList()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> primaryKeys(Schema schema) {
        return schema.tables().stream().filter(t -> t.primaryKey() != null)
                .map(t -> t.name() + " pk " + t.primaryKey().columns()).collect(Collectors.toCollection(TreeSet::new));
    }
}

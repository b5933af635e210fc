package dev.lintel.model.ddl.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lintel.model.ddl.parse.DdlImportResult;
import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.ddl.render.DdlRenderer;
import dev.lintel.model.ddl.render.RenderOptions;
import dev.lintel.model.ddl.render.RenderResult;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.introspect.IntrospectionException;
import dev.lintel.model.introspect.IntrospectionOptions;
import dev.lintel.model.introspect.IntrospectionResult;
import dev.lintel.model.introspect.PostgresIntrospector;
import dev.lintel.model.schema.SourceMap;
import dev.lintel.model.testing.CatalogComparison;
import dev.lintel.model.testing.CatalogSnapshot;
import dev.lintel.model.testing.Corpus;
import dev.lintel.model.testing.H2CatalogSnapshot;
import dev.lintel.model.testing.H2Databases;
import dev.lintel.model.testing.PostgresServer;
import dev.lintel.model.testing.ScriptError;
import dev.lintel.model.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Drives Lintel's DDL round trip on a corpus file and measures it against a real database:
 * import the file, render it back, load the rendered DDL into a fresh database, snapshot the
 * catalog and compare fact by fact.
 *
 * <ul>
 *   <li>PostgreSQL: compared with the file's truth JSON (the original loaded by psql).</li>
 *   <li>H2 (no truth files): the original is loaded into one H2 database and Lintel's output into
 *       another; their snapshots are compared, the original's being the expected one.</li>
 * </ul>
 * The rendered DDL is also written to {@code target/roundtrip/<dialect>/<name>.sql} so a failing
 * fact can be traced to the statement that produced it.
 */
public final class RoundTripHarness {
    private static final Path OUTPUT = Path.of("target", "roundtrip");

    private RoundTripHarness() {
    }

    /** Everything a round trip produced, for the test to assert on and print. */
    public record Outcome(String name, DdlImportResult imported, RenderResult rendered, List<ScriptError> loadErrors,
                          CatalogComparison comparison, int droppedColumnGaps) {
        /** {@code name: matched/total facts (n load errors)} then the first {@code limit} mismatches. */
        public String report(int limit) {
            String gaps = droppedColumnGaps == 0 ? "" : ", attnum set aside: " + droppedColumnGaps
                    + " columns numbered after dropped columns";
            return name + ": " + comparison.report(limit).replaceFirst("facts", "facts (" + loadErrors.size()
                    + " load errors of rendered DDL, " + imported.diagnostics().size() + " import diagnostics" + gaps + ")");
        }
    }

    /** PostgreSQL corpus file -> import -> render PG -> load (psql, ON_ERROR_STOP off) -> snapshot vs truth. */
    public static Outcome postgres(Path corpusFile) throws IOException, SQLException {
        DdlImportResult imported = new DdlImporter().importFile(corpusFile, Dialect.POSTGRES);
        return renderLoadAndCompare(corpusFile, imported, Dialect.POSTGRES.id());
    }

    /**
     * PostgreSQL corpus file loaded as it is (like its truth) -> live introspection -> render PG ->
     * load into another database -> snapshot vs truth. The introspection result stands in the
     * outcome's import slot (its diagnostics; {@code statementCount} holds the queries sent).
     */
    public static Outcome introspectedPostgres(Path corpusFile) throws IOException, SQLException, IntrospectionException {
        String name = Corpus.nameOf(corpusFile);
        IntrospectionResult introspected;
        try (TestDatabase original = PostgresServer.shared().createDatabase("original_" + name)) {
            original.executeScriptFile(corpusFile, false);
            try (Connection c = original.connect()) {
                introspected = new PostgresIntrospector().introspect(c, IntrospectionOptions.defaults(), original.jdbcUrl());
            }
        }
        DdlImportResult asImport = new DdlImportResult(introspected.schema(), Dialect.POSTGRES, introspected.diagnostics(),
                SourceMap.empty(), introspected.queries());
        return renderLoadAndCompare(corpusFile, asImport, "postgres-introspected");
    }

    private static Outcome renderLoadAndCompare(Path corpusFile, DdlImportResult imported, String outputFolder)
            throws IOException, SQLException {
        String name = Corpus.nameOf(corpusFile);
        JsonNode truth = CatalogSnapshot.read(Corpus.truthFor(corpusFile));
        RenderResult rendered = new DdlRenderer().render(imported.schema(), Dialect.POSTGRES);
        keep(outputFolder, name, rendered.sql());
        try (TestDatabase db = PostgresServer.shared().createDatabase("roundtrip_" + name)) {
            // Loaded like the truth was: every statement on its own, errors do not stop the script.
            List<ScriptError> errors = db.executeScript(rendered.sql(), false);
            ObjectNode actual;
            try (Connection c = db.connect()) {
                actual = CatalogSnapshot.take(c, "lintel:" + name);
            }
            // Column numbers carry dropped-column history that no schema model can recreate (see DroppedColumnGaps).
            int gaps = DroppedColumnGaps.strip(truth);
            DroppedColumnGaps.strip(actual);
            Outcome outcome = new Outcome(name, imported, rendered, errors, CatalogComparison.compare(truth, actual), gaps);
            keepFindings(outputFolder, outcome);
            return outcome;
        }
    }

    /** H2 corpus file: original into one H2 database, import -> render H2 into another; compare snapshots. */
    public static Outcome h2(Path corpusFile) throws IOException, SQLException {
        String name = Corpus.nameOf(corpusFile);
        ObjectNode expected;
        try (H2Databases.Database original = H2Databases.create("original_" + name);
             Connection c = original.connect()) {
            H2Databases.executeScript(c, Files.readString(corpusFile), false);
            expected = H2CatalogSnapshot.take(c, "corpus/h2/" + corpusFile.getFileName());
        }
        DdlImportResult imported = new DdlImporter().importFile(corpusFile, Dialect.H2);
        // Told where the model came from, as export-ddl tells it: H2 names the constraints H2 named.
        RenderResult rendered = new DdlRenderer().render(imported.schema(), Dialect.H2,
                RenderOptions.defaults().withSourceDialect(Dialect.H2));
        keep(Dialect.H2.id(), name, rendered.sql());
        try (H2Databases.Database copy = H2Databases.create("lintel_" + name); Connection c = copy.connect()) {
            List<ScriptError> errors = H2Databases.executeScript(c, rendered.sql(), false);
            ObjectNode actual = H2CatalogSnapshot.take(c, "lintel:" + name);
            return new Outcome(name, imported, rendered, errors, CatalogComparison.compare(expected, actual), 0);
        }
    }

    private static void keep(String folder, String name, String sql) throws IOException {
        Path dir = OUTPUT.resolve(folder);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".sql"), sql == null ? "" : sql);
    }

    /** Beside the rendered SQL: load errors, import diagnostics and every mismatch, to trace a lost fact. */
    private static void keepFindings(String folder, Outcome outcome) throws IOException {
        StringBuilder out = new StringBuilder(outcome.report(Integer.MAX_VALUE)).append("\n\n== load errors\n");
        outcome.loadErrors().forEach(e -> out.append(e).append('\n'));
        out.append("\n== import diagnostics\n");
        outcome.imported().diagnostics().forEach(d -> out.append(d).append('\n'));
        Files.writeString(OUTPUT.resolve(folder).resolve(outcome.name() + ".findings.txt"), out);
    }
}

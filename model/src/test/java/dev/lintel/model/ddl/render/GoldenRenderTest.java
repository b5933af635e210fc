package dev.lintel.model.ddl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Schema;
import org.junit.jupiter.api.Test;

/** The layout of rendered scripts, pinned by golden files under src/test/resources/ddl/render. */
class GoldenRenderTest {
    private final DdlRenderer renderer = new DdlRenderer();
    private final Schema sample = SampleSchemas.postgresSample();

    @Test
    void postgresSampleRendersAsGolden() {
        RenderResult result = renderer.render(sample, Dialect.POSTGRES);
        Goldens.assertMatches("ddl/render/sample.postgres.sql", result.sql());
        assertEquals(java.util.List.of(), result.diagnostics(), "PostgreSQL can express the whole sample");
    }

    @Test
    void postgresSampleForH2RendersAsGoldenWithEveryLossExplained() {
        RenderResult result = renderer.render(sample, Dialect.H2, RenderOptions.defaults().withSourceDialect(Dialect.POSTGRES));
        Goldens.assertMatches("ddl/render/sample.h2.sql", result.sql());
        assertEveryDiagnosticIsCommentedInTheScript(result);
    }

    @Test
    void postgresSampleForMysqlRendersAsGoldenWithEveryLossExplained() {
        RenderResult result = renderer.render(sample, Dialect.MYSQL, RenderOptions.defaults().withSourceDialect(Dialect.POSTGRES));
        Goldens.assertMatches("ddl/render/sample.mysql.sql", result.sql());
        assertEveryDiagnosticIsCommentedInTheScript(result);
    }

    @Test
    void ifNotExistsOptionAddsTheClauseWhereTheTargetAcceptsIt() {
        RenderResult result = renderer.render(sample, Dialect.POSTGRES,
                RenderOptions.defaults().withIfNotExists(true).withHeaderComment(false));
        Goldens.assertMatches("ddl/render/sample.postgres.if-not-exists.sql", result.sql());
    }

    private static void assertEveryDiagnosticIsCommentedInTheScript(RenderResult result) {
        assertTrue(!result.diagnostics().isEmpty(), "a PostgreSQL-rich sample loses something elsewhere");
        for (Diagnostic d : result.diagnostics()) {
            assertTrue(result.sql().contains("-- lintel: " + d.message()), () -> "no SQL comment for: " + d.message());
        }
    }
}

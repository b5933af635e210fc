package dev.lintel.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.TestSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional baseline section of a {@code .lintel} file. */
class BaselineSectionTest {
    @TempDir
    Path dir;

    private static Schema baselineSchema() {
        Schema shop = TestSchemas.shop();
        // An older state: the shop without its last table.
        return shop.withTables(shop.tables().subList(0, shop.tables().size() - 1));
    }

    @Test
    void baselineSurvivesSaveAndOpenAndSavesByteIdentically() throws Exception {
        LintelDocument doc = LintelDocument.of(TestSchemas.shop()).withBaseline(new Baseline(baselineSchema(), "prod.sql"));
        Path file = dir.resolve("shop.lintel");
        DocumentStore.save(file, doc);

        LintelDocument reopened = DocumentStore.read(file);
        assertEquals(doc, reopened);
        assertEquals("prod.sql", reopened.baseline().source());
        assertEquals(baselineSchema().normalize(), reopened.baseline().schema());
        assertEquals(Files.readString(file), DocumentCodec.write(reopened));
    }

    @Test
    void documentsWithoutBaselineKeepTheirTextAndLoadWithNone() throws Exception {
        LintelDocument plain = LintelDocument.of(TestSchemas.shop());
        String text = DocumentCodec.write(plain);
        assertFalse(text.contains("\"baseline\""), "no empty section for a document without baseline");
        assertNull(DocumentCodec.read(text, "plain.lintel").baseline());
        // A file written before baselines existed is this very text: it loads unchanged.
        assertEquals(plain, DocumentCodec.read(text, "plain.lintel"));
    }

    @Test
    void markingABaselineAddsItsSectionAfterTheOthersAndLeavesTheirLinesAlone() throws Exception {
        LintelDocument plain = LintelDocument.of(TestSchemas.shop());
        List<String> before = DocumentCodec.write(plain).lines().toList();
        List<String> after = DocumentCodec.write(plain.withBaseline(new Baseline(baselineSchema(), null))).lines().toList();

        int section = after.indexOf("  \"baseline\" : {");
        assertTrue(section > 0, "a top-level baseline section");
        assertEquals(before.subList(0, before.size() - 2), after.subList(0, section - 1),
                "every line before the baseline section is as it was (bar the closing brace's comma)");
    }

    @Test
    void withersKeepTheBaseline() {
        Baseline baseline = new Baseline(baselineSchema(), "marked");
        LintelDocument doc = LintelDocument.of(TestSchemas.shop()).withBaseline(baseline);
        assertEquals(baseline, doc.withSchema(Schema.empty()).withLayout(Layout.empty()).withReview(Review.empty())
                .withLint(doc.lint()).baseline());
        assertNull(doc.withBaseline(null).baseline());
    }
}

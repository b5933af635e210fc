package dev.lintel.model.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.TestSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStoreTest {
    @TempDir
    Path dir;

    private static LintelDocument richDocument() {
        Schema shop = TestSchemas.shop();
        Layout layout = new Layout(Map.of("table:public.users", new Position(10, 20), "table:public.orders", new Position(300.5, 20)),
                List.of(new SubjectArea("Sales", "#3b82f6", List.of("table:public.orders"))));
        Review review = new Review(List.of(new ReviewComment("c1", "column:public.users.email", "ana",
                Instant.parse("2026-11-01T10:00:00Z"), "Should this be **citext**?", false, null)),
                List.of(new SignOff(List.of("ana", "bo"), Instant.parse("2026-11-02T09:00:00Z"),
                        DocumentCodec.fingerprint(shop), "ok", List.of())));
        return new LintelDocument(shop, layout, review);
    }

    @Test
    void saveOpenSaveGivesByteIdenticalFiles() throws Exception {
        Path first = dir.resolve("shop.lintel");
        Path second = dir.resolve("again.lintel");
        LintelDocument doc = richDocument();
        DocumentStore.save(first, doc);
        LintelDocument reopened = DocumentStore.read(first);
        assertEquals(doc, reopened);
        DocumentStore.save(second, reopened);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void fileIsDeterministicTextWithSectionsApart() throws Exception {
        String text = DocumentCodec.write(richDocument());
        assertTrue(text.startsWith("{\n  \"format\" : \"lintel\",\n  \"version\" : 1,\n"), text.substring(0, 60));
        assertTrue(text.indexOf("\"schema\"") < text.indexOf("\"layout\"") && text.indexOf("\"layout\"") < text.indexOf("\"review\""));
        assertTrue(!text.contains("\r"), "LF only");
        assertEquals(text, DocumentCodec.write(DocumentCodec.read(text, "x")));
    }

    @Test
    void movingACardChangesOnlyLayoutLines() throws Exception {
        LintelDocument doc = richDocument();
        String before = DocumentCodec.write(doc);
        String after = DocumentCodec.write(doc.withLayout(doc.layout().withPosition("table:public.users", new Position(11, 20))));
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        assertEquals(a.size(), b.size());
        int layoutStart = a.indexOf("  \"layout\" : {");
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                assertTrue(i > layoutStart, "changed line " + i + " is outside the layout section: " + a.get(i));
            }
        }
    }

    @Test
    void truncatedFileGivesClearErrorAndIsLeftUntouched() throws Exception {
        Path file = dir.resolve("broken.lintel");
        String text = DocumentCodec.write(richDocument());
        byte[] truncated = text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8);
        Files.write(file, truncated);
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> DocumentStore.read(file));
        assertTrue(e.getMessage().contains("broken.lintel") && e.getMessage().contains("line"), e.getMessage());
        assertArrayEquals(truncated, Files.readAllBytes(file));
    }

    @Test
    void garbageAndForeignFilesAreRefused() throws Exception {
        Path garbage = dir.resolve("garbage.lintel");
        byte[] bytes = new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1, 2, 3};
        Files.write(garbage, bytes);
        assertThrows(DocumentFormatException.class, () -> DocumentStore.read(garbage));
        assertArrayEquals(bytes, Files.readAllBytes(garbage));

        Path json = dir.resolve("other.lintel");
        Files.writeString(json, "{\"name\": \"not ours\"}");
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> DocumentStore.read(json));
        assertTrue(e.getMessage().contains("not a Lintel document"), e.getMessage());
    }

    @Test
    void newerFormatVersionIsRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("future.lintel");
        String text = DocumentCodec.write(richDocument()).replace("\"version\" : 1", "\"version\" : 7");
        Files.writeString(file, text);
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> DocumentStore.read(file));
        assertTrue(e.getMessage().contains("newer Lintel") && e.getMessage().contains("7"), e.getMessage());
        assertEquals(text, Files.readString(file));
    }

    @Test
    void atomicSaveReplacesTheFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("doc.lintel");
        Files.writeString(file, "old");
        DocumentStore.save(file, richDocument());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        assertTrue(Files.readString(file).contains("\"format\" : \"lintel\""));
    }

    @Test
    void fingerprintChangesWithTheSchemaOnly() {
        LintelDocument doc = richDocument();
        String fp = DocumentCodec.fingerprint(doc.schema());
        assertEquals(fp, DocumentCodec.fingerprint(doc.schema().normalize()));
        Schema edited = doc.schema().mapTable(QualifiedName.of("public", "users"), t -> t.withComment("changed"));
        assertNotEquals(fp, DocumentCodec.fingerprint(edited));
    }

    @Test
    void lintSettingsAndWaiversSaveDeterministicallyAndRoundTripByteIdentically() throws Exception {
        LintelDocument doc = richDocument().withLint(dev.lintel.model.lint.LintSettingsJsonTest.configured());
        Path first = dir.resolve("linted.lintel");
        Path second = dir.resolve("linted-again.lintel");
        DocumentStore.save(first, doc);
        LintelDocument reopened = DocumentStore.read(first);
        assertEquals(doc, reopened);
        DocumentStore.save(second, reopened);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        String text = Files.readString(first);
        assertTrue(text.indexOf("\"review\"") < text.indexOf("\"lint\""), "lint section comes last");
        assertTrue(text.contains("\"design-email-not-unique\""), text);
    }

    @Test
    void documentsWithoutLintSettingsHaveNoLintSection() {
        assertTrue(!DocumentCodec.write(richDocument()).contains("\"lint\""));
    }
}

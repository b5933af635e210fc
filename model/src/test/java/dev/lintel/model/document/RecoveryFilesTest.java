package dev.lintel.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.schema.TestSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryFilesTest {
    @TempDir
    Path dir;

    private final LintelDocument shop = LintelDocument.of(TestSchemas.shop());

    @Test
    void aWrittenEntryIsListedWithItsMetadataAndItsDocumentReadsBack() throws Exception {
        RecoveryFiles files = new RecoveryFiles(dir.resolve("recovery"));
        Path original = dir.resolve("my designs/shop.lintel");
        RecoveryFiles.Entry entry = new RecoveryFiles.Entry("s1", original, "shop.lintel",
                Instant.parse("2026-03-01T10:15:30Z"), "42@1700000000000");

        files.write(entry, shop);

        assertEquals(List.of(entry), files.list());
        assertEquals(shop, files.read(files.list().get(0)));
        assertEquals(shop, DocumentStore.read(files.documentFile("s1")), "the recovery document is an ordinary document");
    }

    @Test
    void aNeverSavedDocumentHasNoOriginalAndEntriesComeNewestFirst() throws Exception {
        RecoveryFiles files = new RecoveryFiles(dir);
        files.write(new RecoveryFiles.Entry("old", null, "Untitled", Instant.parse("2026-03-01T10:00:00Z"), "1"), shop);
        files.write(new RecoveryFiles.Entry("new", null, "pasted.sql", Instant.parse("2026-03-01T11:00:00Z"), "1"), shop);

        List<RecoveryFiles.Entry> listed = files.list();

        assertEquals(List.of("new", "old"), listed.stream().map(RecoveryFiles.Entry::id).toList());
        assertNull(listed.get(0).original());
    }

    @Test
    void rewritingReplacesAndDeleteRemovesBothFiles() throws Exception {
        RecoveryFiles files = new RecoveryFiles(dir);
        files.write(new RecoveryFiles.Entry("s1", null, "a", Instant.parse("2026-03-01T10:00:00Z"), "1"), shop);
        LintelDocument emptied = LintelDocument.of(dev.lintel.model.schema.Schema.empty());
        files.write(new RecoveryFiles.Entry("s1", null, "a", Instant.parse("2026-03-01T10:00:05Z"), "1"), emptied);

        assertEquals(1, files.list().size());
        assertEquals(emptied, files.read(files.list().get(0)));

        files.delete("s1");

        assertEquals(List.of(), files.list());
        assertFalse(Files.exists(files.documentFile("s1")));
        assertFalse(Files.exists(files.metadataFile("s1")));
        files.delete("s1");
    }

    @Test
    void strayDamagedOrOrphanedFilesAreNotOfferedAndAMissingFolderIsEmpty() throws Exception {
        assertEquals(List.of(), new RecoveryFiles(dir.resolve("absent")).list());
        RecoveryFiles files = new RecoveryFiles(dir);
        files.write(new RecoveryFiles.Entry("good", null, "a", Instant.parse("2026-03-01T10:00:00Z"), "1"), shop);
        Files.writeString(dir.resolve("no-document.recovery"), "title=x\nsaved-at=2026-03-01T10:00:00Z\n");
        Files.writeString(dir.resolve("bad-time.recovery"), "title=x\nsaved-at=yesterday\n");
        Files.writeString(dir.resolve("bad-time.lintel"), "{}");
        Files.writeString(dir.resolve(".good.recovery.123.tmp"), "half written");

        assertEquals(List.of("good"), files.list().stream().map(RecoveryFiles.Entry::id).toList());
    }

    @Test
    void idsCannotEscapeTheFolder() {
        assertThrows(IllegalArgumentException.class,
                () -> new RecoveryFiles.Entry("../x", null, "a", Instant.EPOCH, "1"));
        assertTrue(new RecoveryFiles(dir).documentFile("a-1").startsWith(dir));
    }
}

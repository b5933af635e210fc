package dev.lintel.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ManualDelayScheduler;
import dev.lintel.model.document.DocumentStore;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.document.RecoveryFiles;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document as a file, on the test thread with a hand-moved clock: unsaved state and title,
 * the save-before-closing decision, autosave to the recovery folder and restore from it, and
 * files changed by another program.
 */
class DocumentSessionTest {
    @TempDir
    Path dir;

    private final ManualDelayScheduler clock = new ManualDelayScheduler();
    private Path recoveryDir;
    private Path shopFile;

    @BeforeEach
    void writeShop() throws IOException {
        recoveryDir = dir.resolve("recovery");
        shopFile = dir.resolve("shop.lintel");
        DocumentStore.save(shopFile, LintelDocument.of(TestSchemas.shop()));
    }

    // Every other session counts as ended (crashed), as after a kill.
    private MainWindowViewModel window(String owner) {
        DocumentRecovery recovery = new DocumentRecovery(recoveryDir, owner, other -> false,
                Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC));
        return new MainWindowViewModel(new CurrentThreadTaskExecutor(), FlawedDesign.importer(), clock, recovery);
    }

    private static Schema withNotes(Schema schema) {
        return schema.addTable(Table.builder(QualifiedName.of("public", "notes"))
                .addColumn(Column.of("body", DataType.of("text"))).build());
    }

    private List<RecoveryFiles.Entry> recoveryEntries() throws IOException {
        return new RecoveryFiles(recoveryDir).list();
    }

    @Test
    void theTitleShowsTheFileNameAndAStarWhileUnsaved() {
        MainWindowViewModel vm = window("me");
        assertEquals("Untitled \u2014 Lintel", vm.windowTitle().get());

        vm.openFile(shopFile);
        assertEquals("shop.lintel \u2014 Lintel", vm.windowTitle().get());
        vm.applyEdit(withNotes(vm.schemaProperty().get()));
        assertEquals("*shop.lintel \u2014 Lintel", vm.windowTitle().get());

        assertTrue(vm.save());
        assertEquals("shop.lintel \u2014 Lintel", vm.windowTitle().get());
    }

    @Test
    void newGivesAnEmptyUntitledDocumentWithNothingToSave() {
        MainWindowViewModel vm = window("me");
        vm.openFile(shopFile);

        vm.session().newDocument();

        assertEquals(Schema.empty(), vm.schemaProperty().get());
        assertNull(vm.documentPathProperty().get());
        assertFalse(vm.dirtyProperty().get());
        assertEquals("Untitled \u2014 Lintel", vm.windowTitle().get());
    }

    @Test
    void autosaveWritesTheRecoveryFileAfterThreeSecondsWithoutChange() throws Exception {
        MainWindowViewModel vm = window("me");
        vm.openFile(shopFile);
        clock.advance(Duration.ofSeconds(10));
        assertEquals(List.of(), recoveryEntries(), "an opened, unchanged document has nothing to recover");

        vm.applyEdit(withNotes(vm.schemaProperty().get()));
        clock.advance(Duration.ofSeconds(2));
        vm.applyEdit(vm.schemaProperty().get().removeTable(TestSchemas.USERS));
        clock.advance(Duration.ofMillis(2900));
        assertEquals(List.of(), recoveryEntries(), "each change restarts the three idle seconds");

        clock.advance(Duration.ofMillis(200));

        List<RecoveryFiles.Entry> entries = recoveryEntries();
        assertEquals(1, entries.size());
        RecoveryFiles.Entry entry = entries.get(0);
        assertEquals(shopFile, entry.original());
        assertEquals("shop.lintel", entry.title());
        assertEquals("me", entry.owner());
        assertEquals(Instant.parse("2026-03-01T10:15:30Z"), entry.savedAt());
        assertEquals(vm.schemaProperty().get().normalize(), new RecoveryFiles(recoveryDir).read(entry).schema());
        assertEquals(new RecoveryFiles(recoveryDir).documentFile(entry.id()), vm.session().recoveryFile());
    }

    @Test
    void aCleanSaveRemovesTheRecoveryFile() throws Exception {
        MainWindowViewModel vm = window("me");
        vm.openFile(shopFile);
        vm.applyEdit(withNotes(vm.schemaProperty().get()));
        clock.advance(Duration.ofSeconds(3));
        assertTrue(Files.exists(vm.session().recoveryFile()));

        assertTrue(vm.save());

        assertFalse(vm.dirtyProperty().get());
        assertEquals(List.of(), recoveryEntries());
        assertFalse(Files.exists(vm.session().recoveryFile()));
        assertTrue(DocumentStore.read(shopFile).schema().table(QualifiedName.of("public", "notes")).isPresent());
        clock.advance(Duration.ofSeconds(10));
        assertEquals(List.of(), recoveryEntries(), "no autosave comes back after the save");
    }

    @Test
    void closingWithUnsavedChangesCancelKeepsEverythingDontSaveDropsTheRecoveryFile() throws Exception {
        MainWindowViewModel vm = window("me");
        vm.openFile(shopFile);
        vm.applyEdit(withNotes(vm.schemaProperty().get()));
        clock.advance(Duration.ofSeconds(3));
        AtomicInteger closed = new AtomicInteger();

        vm.session().settleUnsaved(SaveChoice.CANCEL, null, closed::incrementAndGet);

        assertEquals(0, closed.get());
        assertTrue(vm.dirtyProperty().get());
        assertEquals(1, recoveryEntries().size());

        vm.session().settleUnsaved(SaveChoice.DONT_SAVE, null, closed::incrementAndGet);

        assertEquals(1, closed.get());
        assertEquals(List.of(), recoveryEntries());
        assertFalse(DocumentStore.read(shopFile).schema().table(QualifiedName.of("public", "notes")).isPresent(),
                "the file is as it was");
    }

    @Test
    void closingACleanDocumentAsksNothingAndSaveChoiceWritesTheFileFirst() throws Exception {
        MainWindowViewModel vm = window("me");
        vm.openFile(shopFile);
        AtomicInteger closed = new AtomicInteger();

        vm.session().settleUnsaved(SaveChoice.CANCEL, null, closed::incrementAndGet);
        assertEquals(1, closed.get(), "nothing unsaved: the answer does not matter");

        vm.applyEdit(withNotes(vm.schemaProperty().get()));
        vm.session().settleUnsaved(SaveChoice.SAVE, null, () -> {
            assertFalse(vm.dirtyProperty().get(), "proceeds only once saved");
            closed.incrementAndGet();
        });

        assertEquals(2, closed.get());
        assertTrue(DocumentStore.read(shopFile).schema().table(QualifiedName.of("public", "notes")).isPresent());
    }

    @Test
    void aFailedSaveSaysWhyKeepsTheDocumentUnsavedAndItsRecoveryAndDoesNotClose() throws Exception {
        MainWindowViewModel vm = window("me");
        vm.openFile(shopFile);
        vm.applyEdit(withNotes(vm.schemaProperty().get()));
        clock.advance(Duration.ofSeconds(3));
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
        AtomicInteger closed = new AtomicInteger();

        vm.session().settleUnsaved(SaveChoice.SAVE, notAFolder.resolve("shop.lintel"), closed::incrementAndGet);

        assertEquals(0, closed.get());
        assertTrue(vm.dirtyProperty().get());
        assertEquals(shopFile, vm.documentPathProperty().get(), "still the old file");
        LoadProblem alert = vm.alertProperty().get();
        assertEquals("Could not save shop.lintel", alert.title());
        assertTrue(alert.detail().contains("notes.txt is a file"), alert.detail());
        assertTrue(alert.detail().endsWith(SaveFailures.STILL_OPEN), alert.detail());
        assertEquals(1, recoveryEntries().size(), "the autosaved work is still there");
    }

    @Test
    void workLeftByAnEndedSessionIsOfferedAndRestoredUnsavedWithItsOriginalFile() throws Exception {
        MainWindowViewModel crashed = window("crashed-session");
        crashed.openFile(shopFile);
        crashed.applyEdit(withNotes(crashed.schemaProperty().get()));
        clock.advance(Duration.ofSeconds(3));
        Schema edited = crashed.schemaProperty().get();

        MainWindowViewModel next = window("next-session");
        next.loadSample();
        next.session().offerRecovery();

        RecoveryOffer offer = next.session().recoveryOfferProperty().get();
        assertNotNull(offer, "offered at start");
        assertEquals("shop.lintel", offer.title());
        assertEquals(shopFile.toString(), offer.original());
        assertEquals(0, offer.more());

        next.session().restoreOffered();

        assertEquals(edited.normalize(), next.schemaProperty().get().normalize());
        assertTrue(next.dirtyProperty().get(), "restored work is unsaved");
        assertEquals(shopFile, next.documentPathProperty().get(), "and keeps its file");
        assertEquals("*shop.lintel \u2014 Lintel", next.windowTitle().get());
        assertNull(next.session().recoveryOfferProperty().get());
        assertEquals(List.of("next-session"), recoveryEntries().stream().map(RecoveryFiles.Entry::owner).toList(),
                "the entry now belongs to the session that restored it");

        assertTrue(next.save());

        assertEquals(List.of(), recoveryEntries());
        assertEquals(edited.normalize(), DocumentStore.read(shopFile).schema().normalize());
    }

    @Test
    void discardDeletesAnOfferAndTheNextOneIsOffered() throws Exception {
        MainWindowViewModel first = window("first");
        first.importDdlText(FlawedDesign.SQL);
        clock.advance(Duration.ofSeconds(3));
        MainWindowViewModel second = window("second");
        second.openFile(shopFile);
        second.applyEdit(withNotes(second.schemaProperty().get()));
        clock.advance(Duration.ofSeconds(3));
        assertEquals(2, recoveryEntries().size());

        MainWindowViewModel next = window("next");
        next.session().offerRecovery();
        RecoveryOffer firstOffer = next.session().recoveryOfferProperty().get();
        assertEquals(1, firstOffer.more());
        next.session().discardOffered();

        RecoveryOffer secondOffer = next.session().recoveryOfferProperty().get();
        assertNotNull(secondOffer);
        assertFalse(firstOffer.title().equals(secondOffer.title()), firstOffer + " then " + secondOffer);
        assertEquals(1, recoveryEntries().size());
        next.session().discardOffered();

        assertNull(next.session().recoveryOfferProperty().get());
        assertEquals(List.of(), recoveryEntries());
        assertEquals(Schema.empty(), next.schemaProperty().get(), "discarding restores nothing");
    }

    @Test
    void workOfASessionThatIsStillRunningIsNotOffered() throws Exception {
        MainWindowViewModel running = window("running");
        running.importDdlText(FlawedDesign.SQL);
        clock.advance(Duration.ofSeconds(3));
        DocumentRecovery recovery = new DocumentRecovery(recoveryDir, "other", owner -> owner.equals("running"), Clock.systemUTC());
        MainWindowViewModel other = new MainWindowViewModel(new CurrentThreadTaskExecutor(), FlawedDesign.importer(), clock, recovery);

        other.session().offerRecovery();

        assertNull(other.session().recoveryOfferProperty().get());
        assertEquals(1, recoveryEntries().size());
    }

    @Test
    void aProcessCountsAsRunningByItsPidAndStartTime() {
        String me = DocumentRecovery.ownerOf(ProcessHandle.current());
        assertTrue(DocumentRecovery.isRunning(me));
        assertFalse(DocumentRecovery.isRunning(ProcessHandle.current().pid() + "@1"), "same pid, another start: recycled");
        assertFalse(DocumentRecovery.isRunning("not-a-pid"));
    }

    @Test
    void aFileChangedByAnotherProgramIsNoticedAndCanBeReloaded() throws Exception {
        MainWindowViewModel vm = window("me");
        vm.openFile(shopFile);
        vm.applyEdit(withNotes(vm.schemaProperty().get()));
        vm.session().checkDisk();
        assertNull(vm.session().diskChangeProperty().get(), "unchanged on disk");

        writeByAnotherProgram(shopFile, TestSchemas.shop().removeTable(TestSchemas.ORDER_ITEMS));
        vm.session().checkDisk();

        assertEquals(new DiskChange("shop.lintel", false), vm.session().diskChangeProperty().get());
        vm.session().reloadFromDisk();

        assertNull(vm.session().diskChangeProperty().get());
        assertFalse(vm.schemaProperty().get().table(TestSchemas.ORDER_ITEMS).isPresent(), "the file as it is now");
        assertFalse(vm.dirtyProperty().get());
        vm.session().checkDisk();
        assertNull(vm.session().diskChangeProperty().get());
    }

    @Test
    void keepMineMakesTheNextSaveOverwriteAndDoesNotAskAgain() throws Exception {
        MainWindowViewModel vm = window("me");
        vm.openFile(shopFile);
        writeByAnotherProgram(shopFile, Schema.empty());
        vm.session().checkDisk();

        vm.session().keepMine();

        assertNull(vm.session().diskChangeProperty().get());
        assertTrue(vm.dirtyProperty().get(), "the window's version is now unsaved");
        vm.session().checkDisk();
        assertNull(vm.session().diskChangeProperty().get(), "the same change is not asked about twice");
        assertTrue(vm.save());
        assertEquals(TestSchemas.shop().normalize(), DocumentStore.read(shopFile).schema().normalize());
    }

    @Test
    void ourOwnSavesAreNotChangesByAnotherProgram() throws Exception {
        MainWindowViewModel vm = window("me");
        vm.openFile(shopFile);
        vm.applyEdit(withNotes(vm.schemaProperty().get()));
        vm.save();
        vm.applyEdit(vm.schemaProperty().get().removeTable(TestSchemas.USERS));
        vm.saveAs(dir.resolve("copy.lintel"));

        vm.session().checkDisk();

        assertNull(vm.session().diskChangeProperty().get());
    }

    @Test
    void aDeletedFileIsNoticedAndKeepingMineMarksTheDocumentUnsaved() throws Exception {
        MainWindowViewModel vm = window("me");
        vm.openFile(shopFile);
        Files.delete(shopFile);

        vm.session().checkDisk();

        assertEquals(new DiskChange("shop.lintel", true), vm.session().diskChangeProperty().get());
        vm.session().keepMine();
        assertTrue(vm.dirtyProperty().get());
        assertTrue(vm.save());
        assertTrue(Files.exists(shopFile), "Save writes it again");
    }

    @Test
    void recentFilesHoldOpenedAndSavedFilesAndMarkMissingOnes() throws Exception {
        MainWindowViewModel vm = window("me");
        vm.openFile(shopFile);
        vm.saveAs(dir.resolve("copy"));
        assertEquals(List.of(dir.resolve("copy.lintel"), shopFile), List.copyOf(vm.recentFiles()));

        Files.delete(shopFile);
        vm.session().refreshRecentFiles();
        assertEquals(java.util.Set.of(shopFile), java.util.Set.copyOf(vm.session().missingRecentFiles()));

        vm.openFile(shopFile);
        assertEquals(List.of(dir.resolve("copy.lintel")), List.copyOf(vm.recentFiles()), "a file that is gone is forgotten");
        assertEquals("Could not open shop.lintel", vm.alertProperty().get().title());
    }

    // Another program's save: new content and a later modification time (file systems with
    // coarse timestamps would otherwise see the same second).
    private static void writeByAnotherProgram(Path file, Schema schema) throws IOException {
        FileTime before = Files.getLastModifiedTime(file);
        DocumentStore.save(file, LintelDocument.of(schema));
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 5000));
    }
}

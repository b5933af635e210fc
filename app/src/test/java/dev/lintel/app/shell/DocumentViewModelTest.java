package dev.lintel.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.model.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening and saving {@code .lintel} documents through the main view-model, on the test thread. */
class DocumentViewModelTest {
    @TempDir
    Path dir;

    private MainWindowViewModel newViewModel() {
        return new MainWindowViewModel(new CurrentThreadTaskExecutor(), FlawedDesign.importer(), new ImmediateDelayScheduler());
    }

    @Test
    void anImportedFileIsAnUnsavedDocumentWithoutAFile() {
        MainWindowViewModel vm = newViewModel();

        vm.importDdlText(FlawedDesign.SQL);

        assertTrue(vm.dirtyProperty().get());
        assertNull(vm.documentPathProperty().get());
        assertFalse(vm.save(), "no file yet: the view must ask where to save");
        assertEquals("pasted.lintel", vm.suggestedFileName());
        assertEquals("*pasted.sql \u2014 Lintel", vm.windowTitle().get());
    }

    @Test
    void theUntouchedSampleIsNotUnsavedWorkButAnEditToItIs() {
        MainWindowViewModel vm = newViewModel();

        vm.loadSample();

        assertFalse(vm.dirtyProperty().get(), "closing the window on the sample asks nothing");
        assertEquals("sample.sql \u2014 Lintel", vm.windowTitle().get());
        vm.applyEdit(vm.schemaProperty().get().removeTable(dev.lintel.model.schema.QualifiedName.of("public", "audit_log")));
        assertEquals("*sample.sql \u2014 Lintel", vm.windowTitle().get());
    }

    @Test
    void saveThenOpenRoundTripsTheSchema() {
        MainWindowViewModel vm = newViewModel();
        vm.loadSample();
        Schema imported = vm.schemaProperty().get();

        vm.saveAs(dir.resolve("design"));

        Path saved = dir.resolve("design.lintel");
        assertTrue(Files.isRegularFile(saved), "the .lintel extension is added");
        assertEquals(saved, vm.documentPathProperty().get());
        assertFalse(vm.dirtyProperty().get());
        assertEquals("design.lintel \u2014 Lintel", vm.windowTitle().get());

        MainWindowViewModel other = newViewModel();
        other.openFile(saved);

        assertEquals(imported.normalize(), other.schemaProperty().get().normalize());
        assertEquals(saved, other.documentPathProperty().get());
        assertFalse(other.dirtyProperty().get());
        assertEquals("Opened design.lintel: 3 tables", other.statusTextProperty().get());
        assertFalse(other.findings().allFindings().isEmpty(), "an opened document is linted too");
    }

    @Test
    void saveWritesBackToTheOpenedFile() throws IOException {
        MainWindowViewModel vm = newViewModel();
        vm.loadSample();
        Path file = dir.resolve("shop.lintel");
        vm.saveAs(file);
        vm.applyEdit(vm.schemaProperty().get().removeTable(dev.lintel.model.schema.QualifiedName.of("public", "audit_log")));
        assertTrue(vm.windowTitle().get().startsWith("*shop.lintel"));

        assertTrue(vm.save());

        assertFalse(vm.dirtyProperty().get());
        assertFalse(Files.readString(file).contains("audit_log"));
    }

    @Test
    void aGarbageDocumentShowsWhyAndChangesNothing() throws IOException {
        MainWindowViewModel vm = newViewModel();
        vm.loadSample();
        Schema before = vm.schemaProperty().get();
        Path garbage = dir.resolve("garbage.lintel");
        Files.writeString(garbage, "this is not a lintel document {");

        vm.openFile(garbage);

        assertSame(before, vm.schemaProperty().get());
        assertNull(vm.documentPathProperty().get());
        assertEquals("sample.sql \u2014 Lintel", vm.windowTitle().get());
        assertEquals("Could not open garbage.lintel", vm.alertProperty().get().title());
        assertFalse(vm.alertProperty().get().detail().isBlank());
        assertTrue(vm.statusTextProperty().get().startsWith("Could not open garbage.lintel: "), vm.statusTextProperty().get());
    }

    @Test
    void aSqlFileOpensAsAnImport() throws IOException {
        MainWindowViewModel vm = newViewModel();
        Path sql = dir.resolve("mine.sql");
        Files.writeString(sql, FlawedDesign.SQL);

        vm.openFile(sql);

        assertEquals(3, vm.schemaProperty().get().tables().size());
        assertEquals("*mine.sql \u2014 Lintel", vm.windowTitle().get());
    }
}

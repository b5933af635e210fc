package dev.lintel.app.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.canvas.CardChange;
import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline through the main window's view-model: no window, work on the test thread. */
class BaselineViewModelTest {
    @TempDir
    Path dir;

    private final MainWindowViewModel window = new MainWindowViewModel(new CurrentThreadTaskExecutor(),
            DdlImportService.usingModelImporter(), new ImmediateDelayScheduler());
    private final BaselineViewModel baseline = window.baseline();

    private List<String> rows() {
        return baseline.changes().rows().stream().map(ChangeRow::toString).toList();
    }

    @Test
    void markingTheBaselineStoresTheSchemaInTheDocumentAndEditsShowAsChanges() {
        window.showSchema(BaselineSchemas.before(), "shop.sql");
        assertFalse(baseline.hasBaselineProperty().get());
        assertTrue(baseline.changes().summaryProperty().get().startsWith("No baseline"));

        baseline.markAsBaseline();
        assertEquals(BaselineSchemas.before().normalize(), window.currentDocument().baseline().schema());
        assertTrue(window.dirtyProperty().get(), "a new baseline is an unsaved change of the document");
        assertEquals(List.of(), rows());
        assertEquals("No changes since the baseline (marked in this document)", baseline.changes().summaryProperty().get());

        window.applyEdit(BaselineSchemas.after());
        List<String> rows = rows();
        assertTrue(rows.contains("added public.customer.email: column added: text"), rows.toString());
        assertTrue(rows.contains("modified public.customer.name: column changed: now NOT NULL"), rows.toString());
        assertTrue(rows.contains("removed public.orders.cust_id: column removed (was bigint NOT NULL)"), rows.toString());
        assertTrue(rows.contains("added public.invoice: table added (2 columns)"), rows.toString());
        assertTrue(rows.contains("removed public.legacy: table removed (1 column)"), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("renamed public.orders.customer_id: possibly renamed from cust_id")),
                rows.toString());
        int count = baseline.changes().countProperty().get();
        assertEquals(rows.size() - 1, count, "the suspected rename is listed, not counted");
        assertEquals(count + " changes since the baseline (marked in this document)", baseline.changes().summaryProperty().get());

        Map<String, CardChange> cards = window.diagram().changesProperty().get();
        assertEquals(CardChange.Mark.ADDED, cards.get("table:public.invoice").mark());
        assertEquals(CardChange.Mark.MODIFIED, cards.get("table:public.customer").mark());
        assertEquals(Map.of("email", CardChange.Mark.ADDED, "name", CardChange.Mark.MODIFIED),
                cards.get("table:public.customer").columns());
        assertNull(cards.get("table:public.legacy"), "a removed table has no card");
        assertTrue(cards.get("table:public.customer").lines().contains("email: column added: text"),
                cards.get("table:public.customer").lines().toString());
    }

    @Test
    void clickingARowSelectsItsObjectAndARemovedTableSelectsNothing() {
        window.showSchema(BaselineSchemas.before(), "shop.sql");
        baseline.markAsBaseline();
        window.applyEdit(BaselineSchemas.after());
        ChangeRow email = row("public.customer.email");
        baseline.changes().select(email);
        assertEquals("column:public.customer.email", window.selectedObjectProperty().get());

        baseline.changes().select(row("public.orders.cust_id"));
        assertEquals("table:public.orders", window.selectedObjectProperty().get(), "a removed column selects its table");

        baseline.changes().select(row("public.legacy"));
        assertEquals("table:public.orders", window.selectedObjectProperty().get(), "a removed table is on no card");
    }

    private ChangeRow row(String object) {
        return baseline.changes().rows().stream().filter(r -> r.object().equals(object)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + object + " in " + rows()));
    }

    @Test
    void clearingTheBaselineRemovesRowsMarksAndTheSection() {
        window.showSchema(BaselineSchemas.before(), "shop.sql");
        baseline.markAsBaseline();
        window.applyEdit(BaselineSchemas.after());
        assertFalse(baseline.changes().rows().isEmpty());

        baseline.clearBaseline();
        assertNull(window.currentDocument().baseline());
        assertEquals(List.of(), rows());
        assertEquals(Map.of(), window.diagram().changesProperty().get());
        assertFalse(baseline.hasBaselineProperty().get());
        assertNull(baseline.newMigration(), "no baseline, nothing to migrate from");
    }

    @Test
    void theBaselineIsSavedWithTheDocumentAndComesBackWhenItIsOpened() throws Exception {
        window.showSchema(BaselineSchemas.before(), "shop.sql");
        baseline.markAsBaseline();
        window.applyEdit(BaselineSchemas.after());
        Path file = dir.resolve("shop.lintel");
        window.saveAs(file);
        assertTrue(Files.readString(file).contains("\"baseline\" : {"));

        MainWindowViewModel reopened = new MainWindowViewModel(new CurrentThreadTaskExecutor(),
                DdlImportService.usingModelImporter(), new ImmediateDelayScheduler());
        reopened.openDocument(file);
        assertEquals(BaselineSchemas.before().normalize(), reopened.baseline().baselineProperty().get().schema());
        assertEquals(rows(), reopened.baseline().changes().rows().stream().map(ChangeRow::toString).toList());
        assertEquals(CardChange.Mark.ADDED, reopened.diagram().changesProperty().get().get("table:public.invoice").mark());

        // Another document without a baseline replaces it entirely.
        reopened.showSchema(BaselineSchemas.after(), "other.sql");
        assertNull(reopened.baseline().baselineProperty().get());
        assertEquals(List.of(), reopened.baseline().changes().rows());
    }

    @Test
    void compareWithASqlFileMakesItsSchemaTheBaseline() throws Exception {
        Path deployed = Files.writeString(dir.resolve("deployed.sql"), BaselineSchemas.BEFORE_SQL);
        window.showSchema(BaselineSchemas.after(), "design");
        baseline.compareWithFile(deployed);

        assertNotNull(window.currentDocument().baseline());
        assertEquals("deployed.sql", window.currentDocument().baseline().source());
        assertTrue(rows().contains("added public.invoice: table added (2 columns)"), rows().toString());
        assertTrue(baseline.changes().summaryProperty().get().endsWith("since the baseline (deployed.sql)"));
    }

    @Test
    void aFileThatCannotBeReadLeavesTheBaselineAndSaysWhy() {
        window.showSchema(BaselineSchemas.after(), "design");
        baseline.compareWithFile(dir.resolve("missing.sql"));
        assertNull(window.currentDocument().baseline());
        assertTrue(baseline.problemProperty().get().contains("missing.sql"), baseline.problemProperty().get());
    }
}

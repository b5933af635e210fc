package dev.lintel.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lintel.model.ddl.parse.DdlImportResult;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The sample imported ahead of the window: handed over once, and the same as importing it. */
class SamplePreloadTest {

    @Test
    void theFirstImportOfTheSampleIsAnsweredByThePreloadAndEqualsAFreshImport() {
        SamplePreload.start();
        CompletableFuture<DdlImportResult> preloaded = SamplePreload.pending();
        assertNotNull(preloaded, "a preload is pending");
        DdlImportService service = SamplePreload.importService();

        DdlImportResult first = service.importText(SampleSchema.readSql(), SampleSchema.FILE_NAME);
        DdlImportResult again = service.importText(SampleSchema.readSql(), SampleSchema.FILE_NAME);
        DdlImportResult fresh = DdlImportService.usingModelImporter().importText(SampleSchema.readSql(), SampleSchema.FILE_NAME);

        assertSame(preloaded.join(), first, "the preloaded result");
        assertNull(SamplePreload.pending(), "handed over once");
        assertNotSame(first, again, "a second Load Sample imports again");
        assertEquals(fresh.schema(), first.schema());
        assertEquals(fresh.diagnostics(), first.diagnostics());
        assertEquals(fresh.dialect(), first.dialect());
        assertEquals(fresh.statementCount(), first.statementCount());
        assertEquals(9, first.schema().tables().size(), "the sample's tables");
    }

    @Test
    void otherTextIsImportedAsItIsAndLeavesThePreloadPending() {
        SamplePreload.start();
        DdlImportService service = SamplePreload.importService();

        DdlImportResult pasted = service.importText("CREATE TABLE t (id int);", SampleSchema.FILE_NAME);
        DdlImportResult file = service.importText(SampleSchema.readSql(), "shop.sql");

        assertEquals(1, pasted.schema().tables().size(), "not the sample: its own text was imported");
        assertNotNull(SamplePreload.pending(), "still pending for the sample");
        assertNotSame(SamplePreload.pending().join(), file, "another file name is imported anew");
        service.importText(SampleSchema.readSql(), SampleSchema.FILE_NAME);
        assertNull(SamplePreload.pending());
    }
}

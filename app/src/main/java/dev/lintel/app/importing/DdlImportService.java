package dev.lintel.app.importing;

import dev.lintel.model.ddl.parse.DdlImportResult;
import dev.lintel.model.ddl.parse.DdlImporter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * How the app reads DDL into a schema. The window uses the model's {@link DdlImporter}; the seam
 * exists so view-model tests can exercise success and failure without the real parser.
 * Called on worker threads only: importing is I/O and parsing.
 */
public interface DdlImportService {

    DdlImportResult importText(String sql, String fileName);

    DdlImportResult importFile(Path file) throws IOException;

    /** The real importer, dialect auto-detected. A fresh importer per call: no shared state between workers. */
    static DdlImportService usingModelImporter() {
        return new DdlImportService() {
            @Override
            public DdlImportResult importText(String sql, String fileName) {
                return new DdlImporter().importText(sql, fileName, null);
            }

            @Override
            public DdlImportResult importFile(Path file) throws IOException {
                return new DdlImporter().importFile(file, null);
            }
        };
    }
}

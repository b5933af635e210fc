package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads SQL DDL (a file or pasted text) into the schema model. Never fails a file: statements
 * it cannot understand become diagnostics with a location and, when they define something,
 * opaque objects.
 */
public final class DdlImporter {

    /**
     * @param sql the script
     * @param fileName shown in diagnostics and source locations; null for pasted text
     * @param dialect the dialect to read as, or null to detect it from the text
     */
    public DdlImportResult importText(String sql, String fileName, Dialect dialect) {
        throw new UnsupportedOperationException("DDL import is being built (issue 3)");
    }

    /** Reads a file of any size and encoding (UTF-8 with or without BOM, else Latin-1), CRLF or LF. */
    public DdlImportResult importFile(Path file, Dialect dialect) throws IOException {
        throw new UnsupportedOperationException("DDL import is being built (issue 3)");
    }
}

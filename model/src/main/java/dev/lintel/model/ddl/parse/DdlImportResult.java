package dev.lintel.model.ddl.parse;

import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.SourceMap;
import java.util.List;

/**
 * What a DDL import gives: the (normalized) schema, the dialect it was read as, one diagnostic
 * per statement skipped or kept opaque, where each object came from, and how many statements
 * the input held.
 */
public record DdlImportResult(Schema schema, Dialect dialect, List<Diagnostic> diagnostics, SourceMap sourceMap,
                              int statementCount) {
    public DdlImportResult {
        diagnostics = List.copyOf(diagnostics);
    }
}

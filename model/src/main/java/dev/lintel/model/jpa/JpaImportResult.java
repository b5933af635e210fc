package dev.lintel.model.jpa;

import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.SourceMap;
import java.util.List;

/**
 * The schema Hibernate would create for a folder of entity sources, what could not be mapped
 * (with file:line), and where each table and column came from (class file and line).
 */
public record JpaImportResult(Schema schema, List<Diagnostic> diagnostics, SourceMap sourceMap) {
    public JpaImportResult {
        diagnostics = List.copyOf(diagnostics);
    }
}

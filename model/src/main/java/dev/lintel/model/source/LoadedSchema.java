package dev.lintel.model.source;

import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.SourceMap;
import java.util.List;

/**
 * A schema read from any input, with what went wrong on the way and where objects came from.
 *
 * @param dialect the dialect the input was read as, or null when it has none (a document)
 * @param document the whole document when the input was a {@code .lintel} file, else null
 */
public record LoadedSchema(Schema schema, InputKind kind, Dialect dialect, List<Diagnostic> diagnostics,
                           SourceMap sourceMap, LintelDocument document) {
    public LoadedSchema {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
}

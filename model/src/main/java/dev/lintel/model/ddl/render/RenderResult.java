package dev.lintel.model.ddl.render;

import dev.lintel.model.diagnostic.Diagnostic;
import java.util.List;

/** Rendered DDL text and what could not be expressed in the target dialect. */
public record RenderResult(String sql, List<Diagnostic> diagnostics) {
    public RenderResult {
        diagnostics = List.copyOf(diagnostics);
    }
}

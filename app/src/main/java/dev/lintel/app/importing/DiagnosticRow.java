package dev.lintel.app.importing;

import dev.lintel.model.diagnostic.Diagnostic;

/**
 * One line of the Diagnostics pane, already in display form so the view needs no model types.
 *
 * @param location {@code file:line[:column]}, or the file name alone, or empty
 */
public record DiagnosticRow(Severity severity, String location, String message, String excerpt) {
    public enum Severity { ERROR, WARNING, INFO }

    public static DiagnosticRow of(Diagnostic diagnostic) {
        return new DiagnosticRow(
                Severity.valueOf(diagnostic.severity().name()),
                diagnostic.location() == null ? "" : diagnostic.location().toString(),
                diagnostic.message(),
                diagnostic.excerpt() == null ? "" : diagnostic.excerpt());
    }

    /** An import that did not produce a schema at all (the importer threw, or the file could not be read). */
    public static DiagnosticRow importFailed(String fileName, Throwable error) {
        return new DiagnosticRow(Severity.ERROR, fileName, "Import failed: " + describe(error), "");
    }

    /** The exception's message, or its type when it has none: never an empty line. */
    public static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}

package dev.lintel.model.diagnostic;

import dev.lintel.model.schema.SourceLocation;
import java.util.Objects;

/**
 * A problem met while reading or writing something (an unparsable statement, a construct the
 * target dialect cannot express, an unresolvable type). Never an exception: work goes on.
 *
 * @param location where, or null when the input has no lines (a live database)
 * @param excerpt the start of the statement concerned, for the user to recognise it; may be null
 */
public record Diagnostic(Severity severity, String message, SourceLocation location, String excerpt) {
    public enum Severity { ERROR, WARNING, INFO }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic warning(String message, SourceLocation location, String excerpt) {
        return new Diagnostic(Severity.WARNING, message, location, excerpt);
    }

    public static Diagnostic error(String message, SourceLocation location, String excerpt) {
        return new Diagnostic(Severity.ERROR, message, location, excerpt);
    }

    public static Diagnostic info(String message, SourceLocation location, String excerpt) {
        return new Diagnostic(Severity.INFO, message, location, excerpt);
    }

    /** Compiler-style line: {@code file:line:col: warning: message}. */
    @Override
    public String toString() {
        String where = location == null ? "" : location + ": ";
        return where + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}

package dev.lintel.app.cli;

/**
 * Process exit codes of the {@code lintel} command line. CI scripts depend on these numbers, so
 * they live in one place and never change meaning.
 */
public final class ExitCodes {
    /** Success: the command did its work and found nothing that fails the run. */
    public static final int OK = 0;
    /** The input was read, but it holds findings or errors that fail the run (e.g. an error-severity lint finding). */
    public static final int FINDINGS = 1;
    /** Wrong usage (unknown option, missing argument) or an input that cannot be read at all. */
    public static final int USAGE = 2;
    /**
     * A bug in Lintel itself (an unexpected exception). Kept apart from {@link #FINDINGS} so that a
     * crash is never mistaken for "the schema has findings".
     */
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}

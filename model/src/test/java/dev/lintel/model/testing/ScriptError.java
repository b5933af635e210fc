package dev.lintel.model.testing;

/**
 * One statement of a script that the database refused.
 *
 * @param line the script line psql reports for the statement (where it ended), 0 when unknown
 * @param message the server's message, e.g. {@code ERROR:  relation "x" does not exist}
 */
public record ScriptError(int line, String message) {
    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}

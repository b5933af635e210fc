package dev.lintel.model.diff;

import dev.lintel.model.schema.QualifiedName;

/**
 * A rename the diff suspects but never applies by itself: a dropped and an added object that look
 * alike. The caller confirms it with a {@link RenameHints} entry ({@link #hint()} is the text the
 * CLI's {@code --rename} takes); unconfirmed, the diff keeps the destructive drop and the add.
 *
 * @param table for a column rename, its table; for a table rename, the old table name
 * @param reason why the two look alike ("same type, same position", "same columns" ...)
 */
public record RenameProposal(Kind kind, QualifiedName table, String from, String to, String reason) {
    public enum Kind { TABLE, COLUMN }

    public String hint() {
        return kind == Kind.COLUMN ? table.name() + "." + from + "=" + to : from + "=" + to;
    }
}

package dev.lintel.model.lint;

/**
 * What a rule reads, so that {@link Linter#relint} can re-run only the rules an edit can affect.
 * A rule that declares a narrower scope than it reads gives stale findings after edits.
 */
public enum Scope {
    /** Reads one table only. */
    TABLE,
    /** Reads one table, the tables its foreign keys reference and the tables that reference it. */
    NEIGHBOURS,
    /**
     * Reads the whole schema, but other tables only through what {@link Rule#schemaFacts} says:
     * re-run in full when an edit changes any table's facts, else only where needed.
     */
    SCHEMA
}

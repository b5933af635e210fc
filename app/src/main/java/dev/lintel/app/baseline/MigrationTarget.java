package dev.lintel.app.baseline;

/** The database a generated migration is written for (the planner's two dialects), as the dialog offers them. */
public enum MigrationTarget {
    POSTGRESQL("PostgreSQL"), H2("H2");

    private final String label;

    MigrationTarget(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}

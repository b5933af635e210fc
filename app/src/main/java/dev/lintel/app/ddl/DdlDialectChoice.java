package dev.lintel.app.ddl;

/** The dialects the DDL pane can write, as the picker names them. */
public enum DdlDialectChoice {
    POSTGRESQL("PostgreSQL"), H2("H2"), MYSQL("MySQL");

    private final String label;

    DdlDialectChoice(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}

package dev.lintel.app.importing;

/** The databases the Connect dialog offers; anything else goes through a jdbc: URL on the command line. */
public enum DatabaseKind {
    POSTGRESQL("PostgreSQL", "5432"),
    H2("H2", "");

    private final String label;
    private final String defaultPort;

    DatabaseKind(String label, String defaultPort) {
        this.label = label;
        this.defaultPort = defaultPort;
    }

    public String defaultPort() {
        return defaultPort;
    }

    @Override
    public String toString() {
        return label;
    }
}

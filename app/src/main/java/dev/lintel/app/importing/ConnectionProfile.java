package dev.lintel.app.importing;

/**
 * A remembered database connection, as the Connect dialog fills it in. There is deliberately no
 * password here: it is asked again, or the driver reads it from {@code ~/.pgpass}.
 *
 * @param kind {@code POSTGRESQL} or {@code H2}
 * @param database the database name (PostgreSQL) or the H2 database path or URL part ({@code mem:x}, {@code ~/data/shop})
 * @param includeSchemas comma-separated schema patterns to read; empty means all
 */
public record ConnectionProfile(String name, String kind, String host, String port, String database, String user,
                                String includeSchemas, String excludeSchemas) {
    public ConnectionProfile {
        name = blankToEmpty(name);
        kind = kind == null || kind.isBlank() ? DatabaseKind.POSTGRESQL.name() : kind;
        host = blankToEmpty(host);
        port = blankToEmpty(port);
        database = blankToEmpty(database);
        user = blankToEmpty(user);
        includeSchemas = blankToEmpty(includeSchemas);
        excludeSchemas = blankToEmpty(excludeSchemas);
    }

    @Override
    public String toString() { // the profile list shows this
        return name;
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}

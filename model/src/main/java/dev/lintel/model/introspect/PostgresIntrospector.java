package dev.lintel.model.introspect;

import dev.lintel.model.schema.OpaqueObject;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a whole PostgreSQL schema (12 to 17) with a fixed handful of bulk pg_catalog queries,
 * however many tables there are: one per kind of object (schemas, extensions, types, domains,
 * relations, columns, constraints, indexes, sequences, functions, triggers, policies), never one
 * per table. All run in one read-only, repeatable-read transaction (see {@link CatalogSession})
 * with an empty {@code search_path}, so deparsed text names every object schema-qualified, as
 * pg_dump does, and time zone UTC, so partition bounds and defaults print the same everywhere.
 */
public final class PostgresIntrospector {
    /** PostgreSQL 12: pg_get_partkeydef, pg_sequence, generated columns and prokind all exist. */
    static final int OLDEST_SUPPORTED = 120000;

    /** For tests: read as if the server were this version (0: the server's own), and see each query's SQL. */
    private final int assumedVersion;
    private final java.util.function.Consumer<String> sqlSent;

    public PostgresIntrospector() {
        this(0, sql -> { });
    }

    PostgresIntrospector(int assumedVersion, java.util.function.Consumer<String> sqlSent) {
        this.assumedVersion = assumedVersion;
        this.sqlSent = sqlSent;
    }

    public IntrospectionResult introspect(Connection connection, IntrospectionOptions options, String source)
            throws IntrospectionException {
        PgCatalog catalog = new PgCatalog(new SchemaFilter(options.includeSchemas(), options.excludeSchemas()));
        int queries;
        int roundTrips;
        try (CatalogSession session = CatalogSession.beginPostgres(connection, options)) {
            session.observeSql(sqlSent);
            settings(session, catalog, options);
            if (assumedVersion > 0) {
                catalog.serverVersionNum = assumedVersion;
            }
            // Every catalog query in one round trip: their SQL depends only on the server version.
            session.batch(() -> {
                phase(session, "schemas");
                PgNamespaceReader.read(session, catalog);
                phase(session, "types");
                PgTypeReader.read(session, catalog);
                phase(session, "tables");
                PgRelationReader.read(session, catalog);
                session.progress("tables", () -> catalog.tables.size());
                phase(session, "columns");
                PgColumnReader.read(session, catalog);
                phase(session, "constraints");
                PgConstraintReader.read(session, catalog);
                phase(session, "indexes");
                PgIndexReader.read(session, catalog);
                phase(session, "sequences");
                PgSequenceReader.read(session, catalog);
                phase(session, "functions");
                PgRoutineReader.read(session, catalog);
            });
            queries = session.queries();
            roundTrips = session.roundTrips();
        } catch (SQLException e) {
            throw SqlErrorMessages.explain(e, source, options.cancellation().isCancelled());
        }
        PgSequenceFolding.apply(catalog);
        PgInheritedColumns.assign(catalog);
        return new IntrospectionResult(assemble(catalog), catalog.diagnostics, JdbcUrls.redact(source),
                catalog.serverVersion, queries, roundTrips);
    }

    private static void phase(CatalogSession session, String phase) throws IntrospectionException {
        session.checkCancelled();
        session.listener().phase(phase);
    }

    /** One query: the server version and every session setting, all {@code SET LOCAL} (is_local = true). */
    private static void settings(CatalogSession session, PgCatalog catalog, IntrospectionOptions options)
            throws SQLException, IntrospectionException {
        long millis = options.statementTimeout().toMillis();
        session.query("settings", """
                SELECT current_setting('server_version_num')::int AS num, current_setting('server_version') AS version,
                       set_config('search_path', '', true), set_config('statement_timeout', '%1$d', true),
                       set_config('lock_timeout', '%1$d', true), set_config('TimeZone', 'UTC', true),
                       set_config('DateStyle', 'ISO, MDY', true), set_config('IntervalStyle', 'postgres', true)
                """.formatted(millis), row -> {
            catalog.serverVersionNum = row.getInt("num");
            catalog.serverVersion = "PostgreSQL " + row.getString("version");
        });
        if (catalog.serverVersionNum < OLDEST_SUPPORTED) {
            throw new IntrospectionException(catalog.serverVersion + " is older than PostgreSQL 12, the oldest Lintel reads;"
                    + " export its schema with pg_dump --schema-only and pass the .sql file instead");
        }
    }

    private static Schema assemble(PgCatalog catalog) {
        List<Table> tables = new ArrayList<>();
        catalog.tables.values().forEach(t -> tables.add(t.builder.build()));
        List<OpaqueObject> opaque = new ArrayList<>();
        catalog.definitions.stream().sorted(Comparator.comparingLong(PgCatalog.Ordered::oid))
                .forEach(o -> opaque.add(o.object()));
        opaque.addAll(catalog.afterwards);
        return new Schema(catalog.namespaceList, catalog.extensions, catalog.enums, catalog.domains,
                catalog.standaloneSequences, tables, catalog.views, opaque).normalize();
    }
}

package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Schema;

/**
 * The importer, one statement at a time: replays a script and gives the schema as it stands
 * between statements, for migration review ("the schema before each statement is known").
 * Statements are routed exactly as {@link DdlImporter} routes them; serial columns are not
 * resolved into owned sequences until the end of an import, which review does not need.
 * Close it to stop the JSqlParser worker.
 */
public final class SchemaReplay implements AutoCloseable {
    private final SchemaBuilder schema;
    private final JSqlParserFallback fallback;
    private final StatementRouter router;
    private Schema snapshot;

    public SchemaReplay(Dialect dialect, String fileName) {
        this.schema = new SchemaBuilder(dialect, fileName);
        this.fallback = new JSqlParserFallback(DdlImporter.STATEMENT_TIMEOUT_MILLIS);
        this.router = new StatementRouter(schema, fallback);
    }

    /** Applies one statement (as cut by {@link SqlScript#split}); a statement it cannot read changes nothing. */
    public void apply(SqlScript.Statement statement) {
        snapshot = null;
        router.route(new RawStatement(statement.text(), statement.line(), statement.column()));
    }

    /** Applies every statement of a script. */
    public void applyScript(String sql) {
        SqlScript.split(sql.startsWith("\uFEFF") ? sql.substring(1) : sql, schema.dialect).forEach(this::apply);
    }

    /** The schema as it stands now (cached until the next statement). */
    public Schema schema() {
        if (snapshot == null) {
            snapshot = schema.build();
        }
        return snapshot;
    }

    @Override
    public void close() {
        fallback.close();
    }
}

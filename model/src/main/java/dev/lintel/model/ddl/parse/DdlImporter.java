package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Table;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads SQL DDL (a file or pasted text) into the schema model. Never fails a file: statements
 * it cannot understand become diagnostics with a location and, when they define something,
 * opaque objects.
 *
 * <p>Statements are cut by {@link StatementSplitter} and read by the importer's own
 * token-based readers, which keep expressions exactly as written (the conventions ask for
 * that, and an AST would re-print them); JSqlParser judges the statements those readers do not
 * cover, each on a worker thread with a time bound.
 */
public final class DdlImporter {
    /** Per-statement bound for JSqlParser; a statement that takes longer becomes a warning. */
    static final long STATEMENT_TIMEOUT_MILLIS = 2_000;

    /**
     * @param sql the script
     * @param fileName shown in diagnostics and source locations; null for pasted text
     * @param dialect the dialect to read as, or null to detect it from the text
     */
    public DdlImportResult importText(String sql, String fileName, Dialect dialect) {
        String text = sql.startsWith("\uFEFF") ? sql.substring(1) : sql;
        return importScript(text, fileName, dialect, null);
    }

    /**
     * Reads a file of any size and encoding (UTF-8 with or without BOM, else Latin-1), CRLF or LF.
     * A PostgreSQL script's statements are decoded in the client encoding in force when each runs
     * (see {@link ClientEncoding}).
     */
    public DdlImportResult importFile(Path file, Dialect dialect) throws IOException {
        String bytes = ClientEncoding.byteView(Files.readAllBytes(file));
        return importScript(bytes, file.getFileName().toString(), dialect, ClientEncoding.initial(bytes));
    }

    /** @param encoding null when {@code text} is already decoded, else the charset a byte view starts in */
    private DdlImportResult importScript(String text, String fileName, Dialect dialect, Charset encoding) {
        Dialect effective = dialect != null ? dialect : DialectDetector.detect(text);
        if (effective == Dialect.MYSQL) {
            text = MySqlVersionComments.unwrap(text);
        }
        List<RawStatement> statements = StatementSplitter.split(text, effective);
        if (encoding != null) {
            statements = ClientEncoding.decode(statements, encoding, effective == Dialect.POSTGRES);
        }
        SchemaBuilder schema = new SchemaBuilder(effective, fileName);
        try (JSqlParserFallback fallback = new JSqlParserFallback(STATEMENT_TIMEOUT_MILLIS)) {
            StatementRouter router = new StatementRouter(schema, fallback);
            statements.forEach(router::route);
        }
        schema.startStatement(null);
        SerialColumns.resolve(schema);
        reportDanglingForeignKeys(schema);
        return new DdlImportResult(schema.build(), effective, schema.diagnostics(), schema.sourceMap(), statements.size());
    }

    /** Strict UTF-8 first; bytes that are not UTF-8 mean a legacy single-byte file, read as Latin-1. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** A foreign key whose target never appeared: PostgreSQL would have refused it. */
    private static void reportDanglingForeignKeys(SchemaBuilder schema) {
        for (Table.Builder table : schema.tables.values()) {
            table.foreignKeys().stream()
                    .filter(fk -> schema.table(fk.referencedTable()) == null)
                    .forEach(fk -> schema.warningAt(ObjectPath.constraint(table.name(), fk.name()), "foreign key " + fk.name()
                            + " of " + table.name() + " references unknown table " + fk.referencedTable()));
        }
    }
}

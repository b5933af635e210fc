package dev.lintel.model.ddl.parse;

import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.OpaqueObject;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sends each statement to the reader for its kind by its leading words; keeps definitions the
 * model has no place for as opaque objects; asks JSqlParser about anything else. Whatever a
 * reader throws becomes a diagnostic for that statement alone.
 */
final class StatementRouter {
    /** Definitions kept verbatim: the words after CREATE [OR REPLACE] that name their kind. */
    private static final List<String> OPAQUE_KINDS = List.of("FUNCTION", "PROCEDURE", "TRIGGER", "CONSTRAINT TRIGGER",
            "EVENT TRIGGER", "EVENT", "RULE", "POLICY", "AGGREGATE", "OPERATOR", "CAST", "COLLATION", "TEXT SEARCH",
            "PUBLICATION", "SUBSCRIPTION", "SERVER", "FOREIGN", "LANGUAGE", "ROLE", "USER", "ALIAS", "STATISTICS",
            "TRANSFORM", "ACCESS METHOD", "CONVERSION", "TABLESPACE", "GROUP", "DATABASE");
    /** Statements about data, sessions or maintenance: understood, not part of a design. */
    private static final Set<String> DATA_STATEMENTS = Set.of("INSERT", "UPDATE", "DELETE", "COPY", "TRUNCATE", "MERGE",
            "CALL", "EXPLAIN", "ANALYZE", "VACUUM", "REFRESH", "REINDEX", "CLUSTER", "CHECKPOINT", "REPLACE", "LOAD",
            "WITH", "VALUES", "EXECUTE", "PREPARE", "DEALLOCATE", "NOTIFY", "LISTEN", "DECLARE", "FETCH", "CLOSE", "SHOW");
    private static final Set<String> SILENT = Set.of("BEGIN", "COMMIT", "ROLLBACK", "END", "START", "SAVEPOINT",
            "RELEASE", "USE", "LOCK", "UNLOCK", "RESET", "DISCARD", "CHECKPOINT", "SCRIPT", "RUNSCRIPT", "SHUTDOWN");

    /** Ownership is not part of a design: {@code ALTER ... OWNER TO r} is understood and dropped, whatever it names. */
    private static final Pattern OWNER_TO = Pattern.compile("(?is)ALTER\\s.*\\sOWNER\\s+TO\\s+\\S+\\s*");

    private final SchemaBuilder schema;
    private final JSqlParserFallback fallback;

    StatementRouter(SchemaBuilder schema, JSqlParserFallback fallback) {
        this.schema = schema;
        this.fallback = fallback;
    }

    void route(RawStatement statement) {
        schema.startStatement(statement);
        String sql = statement.text();
        if (sql.startsWith("\\")) {
            return;
        }
        TokenCursor in = new TokenCursor(sql, schema.dialect);
        if (in.atEnd()) {
            return;
        }
        try {
            dispatch(in, sql);
        } catch (DdlSyntaxException e) {
            schema.warning("statement not understood (" + e.getMessage() + "); skipped");
        } catch (RuntimeException | StackOverflowError e) {
            schema.warning("statement not understood (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); skipped");
        }
    }

    private void dispatch(TokenCursor in, String sql) {
        String first = in.peek().upper();
        switch (first) {
            case "CREATE" -> create(in, sql);
            case "ALTER" -> alter(in, sql);
            case "DROP" -> DropStatements.read(in, schema);
            case "COMMENT" -> CommentStatements.read(in, schema);
            case "SET" -> SessionStatements.set(in, schema);
            case "SELECT" -> SessionStatements.select(sql, schema);
            case "GRANT", "REVOKE" -> opaque("GRANT", null, sql, true);
            case "DO" -> {
                opaque("DO", null, sql, true);
                applyGuardedDdl(sql);
            }
            default -> {
                if (SILENT.contains(first)) {
                    return;
                }
                if (DATA_STATEMENTS.contains(first)) {
                    schema.info(first + " statement: data, not schema; skipped");
                    return;
                }
                unknown(sql);
            }
        }
    }

    private void create(TokenCursor in, String sql) {
        int i = 1;
        if (in.peek(i).isWord("OR") && in.peek(i + 1).isWord("REPLACE")) {
            i += 2;
        }
        while (in.peek(i).isAnyWord("GLOBAL", "LOCAL", "TEMPORARY", "TEMP", "UNLOGGED", "MEMORY", "CACHED", "RECURSIVE",
                "UNIQUE", "FULLTEXT", "SPATIAL", "HASH", "MATERIALIZED", "TRUSTED", "PROCEDURAL", "DEFAULT", "FORCE",
                "NOFORCE", "AGGREGATE") && !in.peek(i + 1).isSymbol("(")) {
            if (in.peek(i).isWord("AGGREGATE")) {
                break;
            }
            i++;
        }
        while (in.peek(i).isAnyWord("ALGORITHM", "DEFINER", "SQL")) {
            i = skipMySqlViewOption(in, i);
        }
        String kind = in.peek(i).upper();
        switch (kind) {
            case "TABLE" -> CreateTableReader.read(in, schema);
            case "INDEX" -> IndexReader.createIndex(in, schema);
            case "TYPE" -> TypeStatements.createType(in, schema, sql);
            case "DOMAIN" -> TypeStatements.createDomain(in, schema);
            case "SEQUENCE" -> SequenceStatements.create(in, schema);
            case "VIEW" -> ViewStatements.create(in, schema);
            case "SCHEMA" -> createSchema(in, sql);
            case "EXTENSION" -> SessionStatements.createExtension(in, schema);
            default -> createOpaque(in, sql, i);
        }
    }

    /**
     * {@code CREATE SCHEMA s CREATE TABLE ... CREATE VIEW ... GRANT ...}: each schema element is a
     * statement of its own, read with {@code s} as the default schema.
     */
    private void createSchema(TokenCursor in, String sql) {
        String created = SessionStatements.createSchema(in, schema);
        if (in.atEnd() || created == null) {
            return;
        }
        List<Integer> starts = new java.util.ArrayList<>();
        int depth = 0;
        for (int i = 0; !in.peek(i).text().isEmpty(); i++) {
            SqlToken t = in.peek(i);
            depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
            if (depth == 0 && t.isAnyWord("CREATE", "GRANT")) {
                starts.add(t.start());
            }
        }
        starts.add(sql.length());
        RawStatement outer = schema.current();
        // PostgreSQL pushes the new schema in front of the search path while it creates the elements.
        List<String> savedPath = schema.searchPath();
        List<String> pushed = new java.util.ArrayList<>(List.of(created));
        pushed.addAll(savedPath);
        schema.setSearchPath(pushed);
        for (int k = 0; k + 1 < starts.size(); k++) {
            String element = sql.substring(starts.get(k), starts.get(k + 1)).strip();
            route(new RawStatement(element, outer.line(), outer.column()));
        }
        schema.setSearchPath(savedPath);
        schema.startStatement(outer);
    }

    /** MySQL {@code ALGORITHM=UNDEFINED DEFINER=`u`@`h` SQL SECURITY DEFINER} before VIEW/TRIGGER/FUNCTION. */
    private static int skipMySqlViewOption(TokenCursor in, int i) {
        int j = i;
        if (in.peek(j).isWord("SQL")) {
            return j + 3;
        }
        j++;
        if (in.peek(j).isSymbol("=")) {
            j++;
        }
        j++;
        while (in.peek(j).isSymbol("@") || in.peek(j).text().startsWith("@")) {
            j += in.peek(j).text().length() > 1 ? 1 : 2;
        }
        return j;
    }

    private void createOpaque(TokenCursor in, String sql, int kindAt) {
        for (String kind : OPAQUE_KINDS) {
            String[] words = kind.split(" ");
            boolean matches = true;
            for (int w = 0; w < words.length; w++) {
                matches &= in.peek(kindAt + w).isWord(words[w]);
            }
            if (matches) {
                QualifiedName name = nameAfter(in, kindAt + words.length);
                opaque(kind, name, sql, true);
                return;
            }
        }
        unknown(sql);
    }

    /** The object name following the kind words, when one can be read. */
    private QualifiedName nameAfter(TokenCursor in, int at) {
        int i = at;
        if (in.peek(i).isWord("IF")) {
            i += in.peek(i + 1).isWord("NOT") ? 3 : 2;
        }
        SqlToken first = in.peek(i);
        if (!first.isIdentifier()) {
            return null;
        }
        String a = schema.dialect.identifierFromSql(first.text());
        if (in.peek(i + 1).isSymbol(".") && in.peek(i + 2).isIdentifier()) {
            return new QualifiedName(a, schema.dialect.identifierFromSql(in.peek(i + 2).text()));
        }
        return QualifiedName.unqualified(a);
    }

    private void alter(TokenCursor in, String sql) {
        String what = in.peek(1).upper();
        if (OWNER_TO.matcher(sql).matches()) {
            return;
        }
        if (what.equals("TABLE")) {
            AlterTableReader.read(in, schema);
            return;
        }
        switch (what) {
            case "SEQUENCE" -> SequenceStatements.alter(in, schema);
            case "TYPE" -> TypeStatements.alterType(in, schema, sql);
            case "INDEX" -> alterIndex(in);
            case "SCHEMA", "DATABASE", "SYSTEM", "ROLE", "USER" -> schema.info("ALTER " + what + " is not part of a design; skipped");
            case "DEFAULT" -> opaque("GRANT", null, sql, true);
            default -> opaque("ALTER " + what, nameAfter(in, 2), sql, true);
        }
    }

    /** {@code ALTER INDEX p ATTACH PARTITION c} needs nothing kept; {@code RENAME TO} renames. */
    private void alterIndex(TokenCursor in) {
        in.expectWords("ALTER", "INDEX");
        in.acceptWords("IF", "EXISTS");
        QualifiedName name = in.qualifiedName();
        if (in.acceptWords("RENAME", "TO")) {
            String renamed = in.identifier();
            for (Table.Builder table : schema.tables.values()) {
                table.indexes().replaceAll(ix -> ix.name().equals(name.name()) ? ix.withName(renamed) : ix);
            }
        }
    }

    /** DDL inside a DO block, applied as if its guard passed; see {@link DoBlockDdl}. */
    private void applyGuardedDdl(String sql) {
        RawStatement outer = schema.current();
        schema.setLenient(true);
        try {
            for (String ddl : DoBlockDdl.statements(sql)) {
                route(new RawStatement(ddl, outer.line(), outer.column()));
            }
        } finally {
            schema.setLenient(false);
            schema.startStatement(outer);
        }
    }

    private void opaque(String kind, QualifiedName name, String sql, boolean report) {
        QualifiedName qualified = name == null ? null : schema.qualify(name);
        schema.opaqueObjects.add(new OpaqueObject(kind, qualified, sql));
        QualifiedName key = qualified != null ? qualified
                : QualifiedName.unqualified(kind + "#" + schema.opaqueObjects.size());
        schema.locate(ObjectPath.of(ObjectPath.Kind.OPAQUE, key));
        if (report) {
            schema.info(kind + (qualified == null ? "" : " " + qualified) + " kept as opaque SQL");
        }
    }

    private void unknown(String sql) {
        JSqlParserFallback.Verdict verdict = fallback.classify(sql, schema.dialect);
        switch (verdict.outcome()) {
            case PARSED -> schema.info("statement (" + verdict.statementKind() + ") is not part of the schema model; skipped");
            case TIMED_OUT -> schema.warning("statement skipped: " + verdict.error());
            case FAILED -> schema.warning("unparsable statement skipped: " + verdict.error());
        }
    }
}

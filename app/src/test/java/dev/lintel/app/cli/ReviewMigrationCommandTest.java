package dev.lintel.app.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewMigrationCommandTest {
    private static final String BEFORE = """
            CREATE TABLE accounts (id bigint PRIMARY KEY, email text, name varchar(50));
            """;
    // line 2: index without CONCURRENTLY (error); line 3: widening varchar, metadata only with the schema
    private static final String MIGRATION = """
            SET lock_timeout = '2s'; SET statement_timeout = '5s';
            CREATE INDEX accounts_email_idx ON accounts (email);
            ALTER TABLE accounts ALTER COLUMN name TYPE varchar(100);
            """;
    private static final String SAFE = """
            SET lock_timeout = '2s';
            SET statement_timeout = '20min';
            CREATE INDEX CONCURRENTLY IF NOT EXISTS accounts_email_idx ON accounts (email);
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return LintelCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private String file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void textShowsLineStatementLockAndSafeAlternativeAndExitsOneOnErrors() throws IOException {
        String migration = file("V2__index.sql", MIGRATION);
        String before = file("before.sql", BEFORE);
        assertEquals(ExitCodes.FINDINGS, run("review-migration", migration, "--schema", before), err.toString());
        String text = out.toString();
        assertTrue(text.contains("V2__index.sql:2: error mig-create-index-non-concurrent:"), text);
        assertTrue(text.contains("statement: CREATE INDEX accounts_email_idx ON accounts (email)"), text);
        assertTrue(text.contains("lock: SHARE on public.accounts (blocks writes (reads continue)); scans the table"), text);
        assertTrue(text.contains("safe: CREATE INDEX CONCURRENTLY"), text);
        // with the schema, varchar(50) -> varchar(100) is known to be metadata only
        assertFalse(text.contains("mig-alter-column-type-rewrite"), text);
    }

    @Test
    void withoutTheSchemaTheTypeChangeIsAPossibleRewrite() throws IOException {
        String migration = file("m.sql", MIGRATION);
        assertEquals(ExitCodes.FINDINGS, run("review-migration", migration));
        assertTrue(out.toString().contains("m.sql:3: error mig-alter-column-type-rewrite:"), out.toString());
    }

    @Test
    void safeMigrationExitsZeroAndThresholdCountsWarnings() throws IOException {
        String migration = file("safe.sql", SAFE);
        assertEquals(ExitCodes.OK, run("review-migration", migration), out.toString());
        // the unique-data warning does not apply (not unique); a drop of a non-concurrent index is a warning
        String drop = file("drop.sql", "SET lock_timeout = '1s';\nSET statement_timeout = '1s';\nDROP INDEX accounts_email_idx;\n");
        assertEquals(ExitCodes.OK, run("review-migration", drop));
        assertEquals(ExitCodes.FINDINGS, run("review-migration", drop, "--severity-threshold", "warning"));
    }

    @Test
    void jsonHasTheLintFieldsPlusLocksRewriteScanAndSafe() throws IOException {
        String migration = file("m.sql", MIGRATION);
        run("review-migration", migration, "--schema", file("before.sql", BEFORE), "--format", "json");
        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonNode f = root.get("findings").get(0);
        assertEquals("mig-create-index-non-concurrent", f.get("rule").asText());
        assertEquals("error", f.get("severity").asText());
        assertEquals(2, f.get("line").asInt());
        assertEquals("table:public.accounts", f.get("object").asText());
        assertEquals("share", f.get("locks").get(0).get("mode").asText());
        assertFalse(f.get("locks").get(0).get("blocksReads").asBoolean());
        assertTrue(f.get("locks").get(0).get("blocksWrites").asBoolean());
        assertTrue(f.get("scan").asBoolean());
        assertFalse(f.get("rewrite").asBoolean());
        assertTrue(f.get("safe").asText().startsWith("CREATE INDEX CONCURRENTLY"));
        assertEquals(4, root.get("statements").asInt());
    }

    @Test
    void sarifListsTheMigrationRulesAndLocatesResults() throws IOException {
        String migration = file("m.sql", MIGRATION);
        run("review-migration", migration, "--format", "sarif");
        JsonNode run = new ObjectMapper().readTree(out.toString()).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals(38, rules.size());
        assertTrue(rules.get(0).get("fullDescription").get("text").asText().length() > 10);
        JsonNode result = run.get("results").get(0);
        assertEquals("mig-create-index-non-concurrent", result.get("ruleId").asText());
        assertEquals(2, result.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
    }

    @Test
    void missingFileOrSchemaIsAUsageError() throws IOException {
        assertEquals(ExitCodes.USAGE, run("review-migration", dir.resolve("nope.sql").toString()));
        assertTrue(err.toString().contains("nope.sql"), err.toString());
        String migration = file("m.sql", MIGRATION);
        assertEquals(ExitCodes.USAGE, run("review-migration", migration, "--schema", dir.resolve("missing.lintel").toString()));
        assertEquals(ExitCodes.USAGE, run("review-migration", migration, "--format", "yaml"));
    }

    @Test
    void oddInputIsReviewedNotCrashed() throws IOException {
        String odd = file("odd.sql", "\\set ON_ERROR_STOP 1\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n"
                + "ALTER TABLE ;\nDO $x$ BEGIN PERFORM 1; END $x$;\n/* unterminated");
        int code = run("review-migration", odd);
        assertEquals(ExitCodes.OK, code, err.toString());
        assertTrue(out.toString().contains("mig-uninspectable-sql"), out.toString());
    }
}

package dev.lintel.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresServerTest {
    private static final String SCRIPT = """
            CREATE TABLE a (id int PRIMARY KEY, note text DEFAULT 'x; y');
            -- a comment; with a semicolon
            CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$
            BEGIN
              RETURN 1; -- inside a dollar-quoted body
            END;
            $body$;
            CREATE TABLE b (id int REFERENCES missing(id));
            CREATE TABLE c (id int);
            """;

    @Test
    void runsScriptsStatementByStatementAndReportsErrorsWithTheirLines() throws Exception {
        try (TestDatabase db = PostgresServer.shared().createDatabase("server_test");
             Connection c = db.connect()) {
            List<ScriptError> errors = PostgresServer.shared().executeScript(c, SCRIPT, false);

            assertEquals(1, errors.size(), errors.toString());
            assertEquals(8, errors.get(0).line());
            assertTrue(errors.get(0).message().startsWith("ERROR:  relation \"missing\" does not exist"), errors.toString());
            assertEquals(List.of("a", "c"), tables(c));
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT f()")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @Test
    void stopOnErrorLeavesTheRestOfTheScriptUnrun() throws Exception {
        try (TestDatabase db = PostgresServer.shared().createDatabase("server_test");
             Connection c = db.connect()) {
            List<ScriptError> errors = db.executeScript(SCRIPT, true);

            assertEquals(1, errors.size(), errors.toString());
            assertEquals(List.of("a"), tables(c));
        }
    }

    @Test
    void eachDatabaseIsFreshAndDroppedOnClose() throws Exception {
        PostgresServer server = PostgresServer.shared();
        String name;
        try (TestDatabase db = server.createDatabase("Fresh-One"); Connection c = db.connect()) {
            name = db.name();
            assertTrue(name.startsWith("fresh_one_"), name);
            assertEquals(List.of(), tables(c));
            db.executeScript("CREATE TABLE t (x int);", true);
        }
        try (TestDatabase other = server.createDatabase("fresh"); Connection c = other.connect();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "dropped on close");
            assertFalse(other.name().equals(name));
        }
    }

    @Test
    void serverRunsWithTheCorpusTruthSettings() throws Exception {
        // Checked inside a psql session, the way corpus scripts are loaded (JDBC would impose the JVM's zone).
        List<ScriptError> errors;
        try (TestDatabase db = PostgresServer.shared().createDatabase("settings")) {
            errors = db.executeScript("""
                    DO $$ BEGIN
                      IF current_setting('server_encoding') <> 'UTF8' OR current_setting('lc_collate') <> 'C.UTF-8'
                         OR current_setting('TimeZone') <> 'UTC' OR current_setting('fsync') <> 'off' THEN
                        RAISE EXCEPTION 'unexpected settings: % % % %', current_setting('server_encoding'),
                          current_setting('lc_collate'), current_setting('TimeZone'), current_setting('fsync');
                      END IF;
                    END $$;
                    """, false);
        }
        assertEquals(List.of(), errors);
    }

    private static List<String> tables(Connection c) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}

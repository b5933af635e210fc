package dev.lintel.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.testing.PostgresServer;
import dev.lintel.model.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code lintel export-ddl|show|lint jdbc:...}: a live database is an INPUT like a file. */
class DatabaseInputCliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return LintelCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void exportDdlShowAndLintReadAPostgresUrl() {
        try (TestDatabase db = PostgresServer.shared().createDatabase("cli_input")) {
            db.executeScript("CREATE TABLE invoice (id serial PRIMARY KEY, total numeric(10,2) NOT NULL);", true);

            assertEquals(ExitCodes.OK, run("export-ddl", db.jdbcUrl()), err.toString());
            assertTrue(out.toString().contains("CREATE TABLE public.invoice"), out.toString());
            assertTrue(out.toString().contains("id serial"), out.toString());

            out.getBuffer().setLength(0);
            assertEquals(ExitCodes.OK, run("show", db.jdbcUrl()), err.toString());
            assertTrue(out.toString().contains("invoice"), out.toString());

            out.getBuffer().setLength(0);
            int lint = run("lint", db.jdbcUrl());
            assertTrue(lint == ExitCodes.OK || lint == ExitCodes.FINDINGS, err.toString());
        }
    }

    @Test
    void anUnreachableDatabaseIsOneLineOnStderrWithoutThePassword() {
        int code = run("show", "jdbc:postgresql://127.0.0.1:1/x?user=u&password=topsecret", "--password-env", "LINTEL_NO_SUCH_VAR");
        assertEquals(ExitCodes.USAGE, code);
        assertTrue(err.toString().contains("LINTEL_NO_SUCH_VAR"), err.toString());
        assertTrue(err.toString().contains("connection refused"), err.toString());
        assertTrue(!err.toString().contains("topsecret"), err.toString());
    }
}

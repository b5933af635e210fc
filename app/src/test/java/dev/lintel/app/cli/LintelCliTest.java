package dev.lintel.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LintelCliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return LintelCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void versionPrintsTheFilteredBuildVersionAndSucceeds() {
        int code = run("--version");

        assertEquals(ExitCodes.OK, code);
        String printed = out.toString().strip();
        assertTrue(printed.matches("lintel \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), printed);
        assertEquals("", err.toString());
    }

    @Test
    void helpListsTheExitCodesAndSucceeds() {
        int code = run("--help");

        assertEquals(ExitCodes.OK, code);
        assertTrue(out.toString().contains("Usage: lintel"), out.toString());
        assertTrue(out.toString().contains("usage error or unreadable input"), out.toString());
    }

    @Test
    void unknownOptionIsAUsageErrorExplainedOnStderr() {
        int code = run("--no-such-option");

        assertEquals(ExitCodes.USAGE, code);
        assertTrue(err.toString().contains("Unknown option: '--no-such-option'"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        int code = run("frobnicate");

        assertEquals(ExitCodes.USAGE, code);
        assertTrue(err.toString().contains("frobnicate"), err.toString());
    }
}

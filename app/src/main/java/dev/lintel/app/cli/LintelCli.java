package dev.lintel.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds and runs the {@code lintel} command line with given streams, so tests can run it in-process. */
public final class LintelCli {
    private LintelCli() {
    }

    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new LintelCommand());
        Subcommands.all().forEach(cli::addSubcommand);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // A stack trace helps the bug report; the first line says what happened in plain words.
            commandLine.getErr().println("lintel: internal error: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return ExitCodes.INTERNAL_ERROR;
        });
        return cli;
    }

    /** Runs the command line and returns the exit code (see {@link ExitCodes}); flushes both streams. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return newCommandLine(out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}

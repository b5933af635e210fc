package dev.lintel.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs an external program to completion and captures what it printed. Used for initdb, pg_ctl and psql. */
final class ProcessRunner {
    private ProcessRunner() {
    }

    record Outcome(int exitCode, String stdout, String stderr) {
        boolean ok() {
            return exitCode == 0;
        }

        String describe(List<String> command) {
            return "command " + command + " exited with " + exitCode + "\n--- stdout ---\n" + stdout
                    + "\n--- stderr ---\n" + stderr;
        }
    }

    static Outcome run(List<String> command, Map<String, String> environment) {
        try {
            // Output goes to files rather than pipes so a chatty program can never block on a full pipe.
            Path out = Files.createTempFile("lintel-proc", ".out");
            Path err = Files.createTempFile("lintel-proc", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
                // Inherited PG* variables (PGDATABASE, PGOPTIONS, PGTZ ...) would silently change what the
                // tools do; every setting they need is passed explicitly.
                builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
                builder.environment().putAll(environment);
                Process process = builder.start();
                int code = process.waitFor();
                return new Outcome(code, Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File("/dev/null");
    }
}

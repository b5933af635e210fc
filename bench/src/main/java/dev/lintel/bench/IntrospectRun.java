package dev.lintel.bench;

import dev.lintel.model.introspect.DatabaseIntrospection;
import dev.lintel.model.introspect.IntrospectionException;
import dev.lintel.model.introspect.IntrospectionListener;
import dev.lintel.model.introspect.IntrospectionOptions;
import dev.lintel.model.introspect.IntrospectionResult;
import dev.lintel.model.introspect.PasswordProvider;
import dev.lintel.model.testing.PostgresServer;
import dev.lintel.model.testing.ScriptError;
import dev.lintel.model.testing.TestDatabase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 4's measure: reading a generated 1,000-table PostgreSQL database with
 * {@code PostgresIntrospector} against {@code pg_dump --schema-only} of the same database, both
 * timed in this run on a throwaway server. Target: ratio at most 1.0.
 *
 * <p>Fairness: each introspection opens a fresh JDBC connection (pg_dump connects too), and
 * pg_dump's time is the wall time of its process, output discarded. The runs alternate so that
 * noise on this shared machine falls on both sides alike. Introspection is measured in a warmed
 * JVM (the app's case); the first, cold read in this JVM is printed as context.
 */
final class IntrospectRun {
    static final String NAME = "IntrospectBenchmarks.postgres1000Tables";
    private static final int TABLES = 1000;

    private IntrospectRun() {
    }

    static void measureAndPrint(int runs) {
        PostgresServer server;
        try {
            server = PostgresServer.shared();
        } catch (RuntimeException e) { // includes the JUnit assumption when no binaries exist
            System.out.println(NAME + ": could not start PostgreSQL (" + firstLine(e.getMessage()) + ")");
            return;
        }
        try (TestDatabase db = server.createDatabase("bench_introspect")) {
            List<ScriptError> errors = db.executeScript(BenchInputs.generatedDdl(TABLES), true);
            if (!errors.isEmpty()) {
                System.out.println(NAME + ": the generated DDL did not load: " + errors.get(0));
                return;
            }
            List<String> pgDump = List.of(server.binDir().resolve("pg_dump").toString(), "--schema-only",
                    "-h", "127.0.0.1", "-p", Integer.toString(server.port()), "-U", "postgres", db.name());
            double cold = introspectMillis(db);
            IntrospectionResult sample = DatabaseIntrospection.read(db.jdbcUrl(), PasswordProvider.NONE,
                    IntrospectionOptions.defaults());
            if (sample.schema().tables().size() != TABLES) {
                System.out.println(NAME + ": read " + sample.schema().tables().size() + " tables, expected " + TABLES);
                return;
            }
            pgDumpMillis(pgDump); // first run pays for page cache and catalog cache on the server
            for (int i = 0; i < 3; i++) {
                introspectMillis(db); // JIT warm-up
            }
            List<Double> dumps = new ArrayList<>();
            List<Double> reads = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                dumps.add(pgDumpMillis(pgDump));
                reads.add(introspectMillis(db));
            }
            double read = median(reads);
            double dump = median(dumps);
            System.out.printf(Locale.ROOT, "%-44s %10.1f ms  %-36s %10.1f ms  %8.2fx   target: <= 1.0x"
                            + " (%d queries in %d round trips; %d runs each; first read in this JVM %.1f ms)%n",
                    NAME, read, "pg_dump --schema-only", dump, read / dump, sample.queries(), sample.roundTrips(), runs, cold);
            System.out.println("  introspect runs (ms): " + rounded(reads));
            System.out.println("  pg_dump runs (ms):    " + rounded(dumps));
            System.out.println("  where one read's time goes (ms, from each query sent until the next; the catalog queries are"
                    + " sent together, so the last of them carries the whole batch): " + queryBreakdown(db));
        } catch (IntrospectionException | IOException | RuntimeException e) {
            System.out.println(NAME + ": could not run (" + firstLine(String.valueOf(e.getMessage())) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One read over a fresh connection, connect and close included. */
    private static double introspectMillis(TestDatabase db) throws IntrospectionException {
        long start = System.nanoTime();
        DatabaseIntrospection.read(db.jdbcUrl(), PasswordProvider.NONE, IntrospectionOptions.defaults());
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * The time from each query's send to the next one's (the query, its rows and their reading),
     * from one extra read, slowest first: which query to improve when the ratio slips.
     */
    private static String queryBreakdown(TestDatabase db) throws IntrospectionException {
        java.util.Map<String, Double> millis = new java.util.LinkedHashMap<>();
        String[] current = {"connect"};
        long[] since = {System.nanoTime()};
        IntrospectionListener timer = new IntrospectionListener() {
            @Override
            public void querySent(String label) {
                long now = System.nanoTime();
                millis.merge(current[0], (now - since[0]) / 1e6, Double::sum);
                current[0] = label;
                since[0] = now;
            }
        };
        DatabaseIntrospection.read(db.jdbcUrl(), PasswordProvider.NONE, IntrospectionOptions.defaults().withListener(timer));
        millis.merge(current[0] + " (+ assembly, close)", (System.nanoTime() - since[0]) / 1e6, Double::sum);
        return millis.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %.0f", e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static double pgDumpMillis(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        long start = System.nanoTime();
        int exit = pb.start().waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            throw new IOException("pg_dump exited with " + exit);
        }
        return millis;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static List<String> rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

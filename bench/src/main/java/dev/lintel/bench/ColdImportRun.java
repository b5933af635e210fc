package dev.lintel.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cold-start measure: a generated 1,000-table pg_dump-style file imported first thing in
 * fresh JVMs ({@link ColdImport}), against the same import warm in this JVM. Target: under 1 s.
 */
final class ColdImportRun {
    private ColdImportRun() {
    }

    static void measureAndPrint(int runs) {
        try {
            Path file = Files.createTempFile("lintel-cold-", ".sql");
            Files.writeString(file, BenchInputs.generatedDdl(1000), StandardCharsets.UTF_8);
            List<Double> cold = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                cold.add(runFresh(file));
            }
            double warm = warmMillis(file);
            double median = cold.stream().sorted().toList().get(cold.size() / 2);
            System.out.printf(Locale.ROOT, "%-44s %10.1f ms  %-36s %10.1f ms  %8.2fx   target: cold under 1,000 ms (runs: %s)%n",
                    "ImportBenchmarks.coldImport1000Tables", median, "same import warm", warm, median / warm, cold);
            Files.deleteIfExists(file);
        } catch (IOException | InterruptedException e) {
            System.out.println("cold import: could not run (" + e + ")");
        }
    }

    private static double runFresh(Path file) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ColdImport.class.getName(), file.toString()).redirectErrorStream(true).start();
        String last = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                last = line;
            }
        }
        if (p.waitFor() != 0 || last == null) {
            throw new IOException("cold import run failed: " + last);
        }
        return Double.parseDouble(last.trim());
    }

    private static double warmMillis(Path file) throws IOException {
        var importer = new dev.lintel.model.ddl.parse.DdlImporter();
        for (int i = 0; i < 10; i++) {
            importer.importFile(file, dev.lintel.model.dialect.Dialect.POSTGRES);
        }
        int n = 10;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            importer.importFile(file, dev.lintel.model.dialect.Dialect.POSTGRES);
        }
        return (System.nanoTime() - start) / 1e6 / n;
    }
}

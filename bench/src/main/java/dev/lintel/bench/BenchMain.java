package dev.lintel.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and prints every measure as a ratio to a baseline measured in the same
 * run (machines here are shared and noisy, so absolute times are context, not verdicts).
 *
 * <p>Usage: {@code java -jar bench/target/benchmarks.jar [filter-regex] [--quick]}. Three measures are
 * not JMH benchmarks and are selected by name through the same filter: the cold import
 * ({@link ColdImportRun}), PostgreSQL introspection against pg_dump ({@link IntrospectRun},
 * filter {@code Introspect}) and the UI pulse gaps while typing ({@link TypingPulseRun}, filter
 * {@code Typing}).
 */
public final class BenchMain {

    /** Every comparison the suite reports; later work adds its own lines here. */
    static final List<Comparison> COMPARISONS = List.of(
            new Comparison("ModelBenchmarks.normalize", "ModelBenchmarks.modelWalk", "linear in size"),
            new Comparison("ModelBenchmarks.documentWrite", "ModelBenchmarks.modelWalk", "context: save of 1,000 tables"),
            new Comparison("ModelBenchmarks.documentRead", "ModelBenchmarks.modelWalk", "context: open of 1,000 tables"),
            new Comparison("ImportBenchmarks.importLargestCorpusFile", "ImportBenchmarks.rawParseLargestCorpusFile", "<= 1.25x"),
            new Comparison("ImportBenchmarks.importGenerated2000Tables", "ImportBenchmarks.rawParseGenerated2000Tables", "<= 1.25x"),
            new Comparison("ImportBenchmarks.importGenerated2000Tables", "ImportBenchmarks.importGenerated500Tables",
                    "4.0x (time per statement flat)"),
            new Comparison("JpaImportBenchmarks.importGenerated500Entities", "JpaImportBenchmarks.rawParseGenerated500Entities",
                    "<= 1.5x"),
            new Comparison("LintBenchmarks.fullLint", "ModelBenchmarks.modelWalk", "within one frame (16 ms)"),
            new Comparison("LintBenchmarks.relintOneColumn", "ModelBenchmarks.modelWalk", "context: mean (target is on p99)"),
            new Comparison("LintBenchmarks.relintOneColumnSampled", "ModelBenchmarks.modelWalk", "p99 under 1 ms", 99),
            new Comparison("LayoutBenchmarks.layout1000Tables", "LayoutBenchmarks.layout100Tables", "near-linear (10x); under 2 s"),
            new Comparison("LayoutBenchmarks.svg1000Tables", "LayoutBenchmarks.layout1000Tables", "context: SVG export"),
            new Comparison("CanvasRenderBenchmarks.full1000Tables", "CanvasRenderBenchmarks.full10Tables",
                    "context: whole diagram (names only)"),
            new Comparison("CanvasRenderBenchmarks.viewport1000TablesAt100", "CanvasRenderBenchmarks.viewport10TablesAt100",
                    "~1x (independent of size)"),
            new Comparison("DiffBenchmarks.diffAndPlan1000Tables", "ModelBenchmarks.modelWalk", "linear in size (5% changed)"),
            new Comparison("DiffBenchmarks.diffAndPlan1000Tables", "DiffBenchmarks.diffAndPlan500Tables", "~2x (linear)"),
            new Comparison("DiffBenchmarks.diffAndPlan2000Tables", "DiffBenchmarks.diffAndPlan500Tables", "~4x (linear)"));

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        String filter = List.of(args).stream().filter(a -> !a.startsWith("--")).findFirst().orElse(".*");
        Pattern selected = Pattern.compile(filter);

        Set<String> methods = new LinkedHashSet<>();
        for (Comparison c : COMPARISONS) {
            if (selected.matcher(c.measure()).find()) {
                methods.add(c.measure());
                methods.add(c.baseline());
            }
        }
        boolean coldImport = selected.matcher("ImportBenchmarks.coldImport").find();
        boolean introspect = selected.matcher(IntrospectRun.NAME).find();
        boolean typing = selected.matcher(TypingPulseRun.NAME).find();
        if (methods.isEmpty() && !coldImport && !introspect && !typing) {
            System.err.println("no benchmark matches " + filter);
            System.exit(2);
        }
        if (!methods.isEmpty()) {
            runJmh(methods, quick, selected);
        }
        if (coldImport) {
            ColdImportRun.measureAndPrint(quick ? 3 : 5);
        }
        if (introspect) {
            IntrospectRun.measureAndPrint(quick ? 5 : 11);
        }
        if (typing) {
            TypingPulseRun.measureAndPrint(quick ? 4 : 8);
        }
        // The introspection measure's PostgreSQL is stopped by its shutdown hook.
    }

    private static void runJmh(Set<String> methods, boolean quick, Pattern selected) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(1)
                .warmupIterations(quick ? 1 : 5).warmupTime(TimeValue.seconds(quick ? 1 : 3)) // the JPA import takes ~15 s of calls to reach steady state
                .measurementIterations(quick ? 2 : 5).measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .shouldFailOnError(true);
        for (String m : methods) {
            options.include("\\." + Pattern.quote(m) + "$");
        }
        Map<String, RunResult> byName = new HashMap<>();
        for (RunResult r : new Runner(options.build()).run()) {
            String full = r.getParams().getBenchmark();
            String shortName = full.substring(full.lastIndexOf('.', full.lastIndexOf('.') - 1) + 1);
            byName.put(shortName, r);
        }
        printReport(byName, selected);
    }

    private static void printReport(Map<String, RunResult> results, Pattern selected) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-44s %14s %-36s %14s %9s   %s", "measure", "time", "baseline", "time", "ratio", "target"));
        for (Comparison c : COMPARISONS) {
            if (!selected.matcher(c.measure()).find()) {
                continue;
            }
            RunResult m = results.get(c.measure());
            RunResult b = results.get(c.baseline());
            if (m == null || b == null) {
                lines.add(c.measure() + ": missing result");
                continue;
            }
            double ms = c.percentile() < 0 ? m.getPrimaryResult().getScore()
                    : m.getPrimaryResult().getStatistics().getPercentile(c.percentile());
            double bs = b.getPrimaryResult().getScore();
            String unit = m.getPrimaryResult().getScoreUnit();
            String name = c.percentile() < 0 ? c.measure() : c.measure() + " p" + (int) c.percentile();
            lines.add(String.format(Locale.ROOT, "%-44s %10.1f %-3s %-36s %10.1f %-3s %8.2fx   %s", name, ms, shortUnit(unit),
                    c.baseline(), bs, shortUnit(b.getPrimaryResult().getScoreUnit()), ms / bs, c.target()));
        }
        System.out.println();
        System.out.println("Lintel benchmarks: ratio = measure / baseline, both measured in this run");
        lines.forEach(System.out::println);
    }

    private static String shortUnit(String unit) {
        return unit.replace("/op", "");
    }
}

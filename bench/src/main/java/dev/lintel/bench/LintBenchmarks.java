package dev.lintel.bench;

import dev.lintel.model.lint.LintResult;
import dev.lintel.model.lint.LintSettings;
import dev.lintel.model.lint.Linter;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Live lint: {@link #fullLint} of a generated schema (every rule, opt-in ones too) and
 * {@link #relintOneColumn}, the lint after an edit changes one column's type, reusing the
 * previous result as the canvas does after each keystroke; {@link #relintOneColumnSampled} times
 * that edit call by call, so that the report can give its 99th percentile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LintBenchmarks {
    @Param({"1000"})
    public int tables;

    private final Linter linter = new Linter();
    private LintSettings settings;
    private Schema before;
    private Schema after;
    private LintResult previous;

    @Setup(Level.Trial)
    public void setUp() {
        before = GeneratedSchemas.tables(tables);
        LintSettings all = LintSettings.defaults();
        for (var rule : linter.rules()) {
            all = all.withRule(rule.id(), r -> r.withEnabled(true));
        }
        settings = all;
        Table middle = before.tables().get(before.tables().size() / 2);
        Column first = middle.columns().get(1);
        after = before.mapTable(middle.name(), t -> t.withColumns(t.columns().stream()
                .map(c -> c == first ? c.withType(DataType.of("text")) : c).toList()));
        previous = linter.lint(before, settings);
    }

    @Benchmark
    public LintResult fullLint() {
        return linter.lint(before, settings);
    }

    @Benchmark
    public LintResult relintOneColumn() {
        return linter.relint(previous, before, after, settings);
    }

    /** The same edit timed call by call, for the distribution: the target is on the 99th percentile, not the mean. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public LintResult relintOneColumnSampled() {
        return linter.relint(previous, before, after, settings);
    }
}

package dev.lintel.bench;

import dev.lintel.model.layout.AutoLayout;
import dev.lintel.model.layout.DiagramLayout;
import dev.lintel.model.layout.LayoutGraph;
import dev.lintel.model.layout.Size;
import dev.lintel.model.layout.SvgDiagramWriter;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Auto-layout (ELK layered per component, packed) of generated schemas of 100 and 1,000 tables,
 * with card sizes like the app's (header plus 20 px per column); and the SVG export of the
 * 1,000-table layout for context.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LayoutBenchmarks {
    private LayoutGraph graph100;
    private LayoutGraph graph1000;
    private Schema schema1000;
    private DiagramLayout layout1000;

    @Setup(Level.Trial)
    public void setUp() {
        graph100 = LayoutGraph.of(GeneratedSchemas.tables(100), LayoutBenchmarks::sizeOf);
        schema1000 = GeneratedSchemas.tables(1000);
        graph1000 = LayoutGraph.of(schema1000, LayoutBenchmarks::sizeOf);
        layout1000 = AutoLayout.layout(graph1000);
    }

    static Size sizeOf(Table t) {
        int longest = t.columns().stream().mapToInt(c -> c.name().length() + c.type().toString().length()).max().orElse(8);
        return new Size(Math.max(170, 90 + 7.5 * longest), 44 + 20 * t.columns().size());
    }

    @Benchmark
    public DiagramLayout layout100Tables() {
        return AutoLayout.layout(graph100);
    }

    @Benchmark
    public DiagramLayout layout1000Tables() {
        return AutoLayout.layout(graph1000);
    }

    @Benchmark
    public String svg1000Tables() {
        return new SvgDiagramWriter(34, 4, 20).write(schema1000, layout1000);
    }
}

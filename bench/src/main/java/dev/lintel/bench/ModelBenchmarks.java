package dev.lintel.bench;

import dev.lintel.model.document.DocumentCodec;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.schema.Column;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Foundation benchmarks. {@link #modelWalk} is the baseline many targets are stated against
 * ("one walk over the model"): it touches every column once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ModelBenchmarks {
    @Param({"1000"})
    public int tables;

    private Schema schema;
    private String documentText;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        schema = GeneratedSchemas.tables(tables);
        documentText = DocumentCodec.write(LintelDocument.of(schema));
    }

    @Benchmark
    public void modelWalk(Blackhole bh) {
        for (Table t : schema.tables()) {
            for (Column c : t.columns()) {
                bh.consume(c.name());
            }
            bh.consume(t.foreignKeys().size() + t.indexes().size());
        }
    }

    @Benchmark
    public Schema normalize() {
        return schema.normalize();
    }

    @Benchmark
    public String documentWrite() {
        return DocumentCodec.write(LintelDocument.of(schema));
    }

    @Benchmark
    public LintelDocument documentRead() throws Exception {
        return DocumentCodec.read(documentText, "bench.lintel");
    }
}

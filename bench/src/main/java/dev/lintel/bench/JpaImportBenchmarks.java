package dev.lintel.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.jpa.JpaImportOptions;
import dev.lintel.model.jpa.JpaImportResult;
import dev.lintel.model.jpa.JpaImporter;
import dev.lintel.model.jpa.JpaNaming;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JPA import of 500 generated entity classes against its baseline: JavaParser's raw parse of the
 * same files with the same configuration, in the same run (the target: at most 1.5x).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JpaImportBenchmarks {
    private Map<String, String> sources;

    @Setup(Level.Trial)
    public void setUp() {
        sources = GeneratedEntities.sources(500);
    }

    @Benchmark
    public JpaImportResult importGenerated500Entities() {
        return new JpaImporter().importSources(sources, new JpaImportOptions(JpaNaming.SPRING, Dialect.POSTGRES));
    }

    @Benchmark
    public void rawParseGenerated500Entities(Blackhole bh) {
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17).setAttributeComments(false));
        for (String text : sources.values()) {
            bh.consume(parser.parse(text));
        }
    }
}

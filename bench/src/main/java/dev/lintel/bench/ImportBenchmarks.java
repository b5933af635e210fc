package dev.lintel.bench;

import dev.lintel.model.ddl.parse.DdlImportResult;
import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.ddl.parse.SqlScript;
import dev.lintel.model.dialect.Dialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
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
 * DDL import against its baseline: JSqlParser's raw parse of the same statements (cut by the
 * same splitter), in the same run. Also 500 vs 2,000 generated tables, whose ratio shows
 * whether the time per statement stays flat as files grow (4.0x is flat).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImportBenchmarks {
    private String largest;
    private List<String> largestStatements;
    private String generated500;
    private String generated2000;
    private List<String> generated2000Statements;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        largest = Files.readString(BenchInputs.largestCorpusFile(), StandardCharsets.UTF_8);
        largestStatements = statements(largest);
        generated500 = BenchInputs.generatedDdl(500);
        generated2000 = BenchInputs.generatedDdl(2000);
        generated2000Statements = statements(generated2000);
    }

    private static List<String> statements(String sql) {
        return SqlScript.split(sql, Dialect.POSTGRES).stream().map(SqlScript.Statement::text).toList();
    }

    @Benchmark
    public DdlImportResult importLargestCorpusFile() {
        return new DdlImporter().importText(largest, "largest.sql", Dialect.POSTGRES);
    }

    @Benchmark
    public void rawParseLargestCorpusFile(Blackhole bh) {
        rawParse(largestStatements, bh);
    }

    @Benchmark
    public DdlImportResult importGenerated2000Tables() {
        return new DdlImporter().importText(generated2000, "generated.sql", Dialect.POSTGRES);
    }

    @Benchmark
    public DdlImportResult importGenerated500Tables() {
        return new DdlImporter().importText(generated500, "generated.sql", Dialect.POSTGRES);
    }

    @Benchmark
    public void rawParseGenerated2000Tables(Blackhole bh) {
        rawParse(generated2000Statements, bh);
    }

    /** What JSqlParser alone costs: one parser per statement, as STACK.md recommends; failures count too. */
    private static void rawParse(List<String> statements, Blackhole bh) {
        for (String sql : statements) {
            try {
                bh.consume(CCJSqlParserUtil.newParser(sql)
                        .withDialect(net.sf.jsqlparser.parser.AbstractJSqlParser.Dialect.POSTGRESQL)
                        .withAllowComplexParsing(true)
                        .Statement());
            } catch (Exception | Error e) {
                bh.consume(e);
            }
        }
    }
}

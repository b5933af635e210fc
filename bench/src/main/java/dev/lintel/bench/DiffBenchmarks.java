package dev.lintel.bench;

import dev.lintel.model.diff.SchemaDiff;
import dev.lintel.model.diff.SchemaDiffer;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.migrate.plan.MigrationPlan;
import dev.lintel.model.migrate.plan.MigrationPlanner;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;
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
 * Diff and plan (PostgreSQL, steps annotated with their locks) between a generated schema and a
 * copy where 5% of the tables changed (a column added, a type widened, an index added, a column
 * made NOT NULL, a table dropped), at 500, 1,000 and 2,000 tables: the ratios to one model walk
 * and between sizes show whether the work is linear.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DiffBenchmarks {
    private final SchemaDiffer differ = new SchemaDiffer();
    private final MigrationPlanner planner = new MigrationPlanner();
    private Schema[] small;
    private Schema[] medium;
    private Schema[] large;

    @Setup(Level.Trial)
    public void setUp() {
        small = pair(500);
        medium = pair(1000);
        large = pair(2000);
    }

    static Schema[] pair(int size) {
        Schema before = GeneratedSchemas.tables(size);
        List<Table> changed = new ArrayList<>();
        int i = 0;
        for (Table t : before.tables()) {
            if (i++ % 20 != 7) {
                changed.add(t);
                continue;
            }
            switch (i / 20 % 5) {
                case 0 -> changed.add(t.toBuilder().addColumn(Column.of("added", DataType.of("text"))).build());
                case 1 -> changed.add(t.toBuilder().columns(t.columns().stream().map(c -> c.type().name().equals("varchar")
                        ? c.withType(DataType.of("varchar", "500")) : c).toList()).build());
                case 2 -> changed.add(t.toBuilder().addIndex(Index.on(t.name().name() + "_c2_idx", false, "c2")).build());
                case 3 -> changed.add(t.toBuilder().columns(t.columns().stream().map(c -> c.withNullable(false)).toList()).build());
                default -> { } // dropped
            }
        }
        return new Schema[] {before, before.withTables(changed).normalize()};
    }

    static MigrationPlan diffAndPlan(SchemaDiffer differ, MigrationPlanner planner, Schema[] pair) {
        SchemaDiff diff = differ.diff(pair[0], pair[1]);
        return planner.plan(diff, pair[0], pair[1], Dialect.POSTGRES);
    }

    @Benchmark
    public MigrationPlan diffAndPlan500Tables() {
        return diffAndPlan(differ, planner, small);
    }

    @Benchmark
    public MigrationPlan diffAndPlan1000Tables() {
        return diffAndPlan(differ, planner, medium);
    }

    @Benchmark
    public MigrationPlan diffAndPlan2000Tables() {
        return diffAndPlan(differ, planner, large);
    }
}

package dev.lintel.model.ddl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Equal designs give byte-identical scripts, however their lists happen to be ordered. */
class DeterminismTest {
    private final DdlRenderer renderer = new DdlRenderer();

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void renderingTwiceGivesIdenticalBytes(Dialect dialect) {
        Schema schema = SampleSchemas.postgresSample();
        assertEquals(renderer.render(schema, dialect), renderer.render(schema, dialect));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void permutedListsGiveTheSameScriptWithOrWithoutNormalizing(Dialect dialect) {
        Schema schema = SampleSchemas.postgresSample();
        String expected = renderer.render(schema, dialect).sql();
        for (long seed = 1; seed <= 5; seed++) {
            Schema permuted = permute(schema, new Random(seed));
            assertEquals(expected, renderer.render(permuted, dialect).sql(), "seed " + seed);
            assertEquals(expected, renderer.render(permuted.normalize(), dialect).sql(), "normalized, seed " + seed);
        }
    }

    /** Shuffles every list whose order carries no meaning (not columns, enum values or opaque statements). */
    private static Schema permute(Schema s, Random random) {
        List<Table> tables = new ArrayList<>();
        for (Table t : shuffled(s.tables(), random)) {
            tables.add(t.toBuilder()
                    .uniqueConstraints(shuffled(t.uniqueConstraints(), random))
                    .foreignKeys(shuffled(t.foreignKeys(), random))
                    .checks(shuffled(t.checks(), random))
                    .indexes(shuffled(t.indexes(), random))
                    .build());
        }
        return new Schema(shuffled(s.namespaces(), random), shuffled(s.extensions(), random), shuffled(s.enums(), random),
                shuffled(s.domains(), random), shuffled(s.sequences(), random), tables, shuffled(s.views(), random),
                s.opaqueObjects());
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}

package dev.lintel.model.testing;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated schema of any size (fixed seed): t0..tN-1, 4-12 columns, 0-3 foreign keys to earlier
 * tables. For layout and canvas tests; the bench has its own, richer generator.
 */
public final class GeneratedSchema {
    private GeneratedSchema() {
    }

    public static Schema tables(int count) {
        Random random = new Random(7L + count);
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Table.Builder b = Table.builder(QualifiedName.of("public", "t" + i))
                    .addColumn(Column.of("id", DataType.of("bigint")).withNullable(false))
                    .primaryKey(PrimaryKey.of("t" + i + "_pkey", "id"));
            int columns = 4 + random.nextInt(9);
            for (int c = 0; c < columns; c++) {
                b.addColumn(Column.of("c" + c, DataType.of("text")));
            }
            int fks = i == 0 ? 0 : random.nextInt(4);
            for (int f = 0; f < fks; f++) {
                int target = random.nextInt(i);
                String col = "t" + target + "_id_" + f;
                b.addColumn(Column.of(col, DataType.of("bigint")));
                b.addForeignKey(ForeignKey.of("t" + i + "_" + col + "_fkey", List.of(col), QualifiedName.of("public", "t" + target), List.of("id")));
            }
            tables.add(b.build());
        }
        return Schema.ofTables(tables).normalize();
    }
}

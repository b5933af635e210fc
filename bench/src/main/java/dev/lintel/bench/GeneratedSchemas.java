package dev.lintel.bench;

import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic synthetic schemas of any size (fixed seed): each table has an identity key, 6-14
 * columns of common types, 0-3 foreign keys to earlier tables (some indexed, some not), a CHECK
 * now and then, and a secondary index. Benchmarks compare sizes, so shape matters more than names.
 */
public final class GeneratedSchemas {
    private static final String[] TYPES = {"text", "varchar", "integer", "bigint", "boolean", "timestamptz", "numeric", "jsonb"};

    private GeneratedSchemas() {
    }

    public static Schema tables(int count) {
        Random random = new Random(42L + count);
        List<Table> tables = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            QualifiedName name = QualifiedName.of("public", "t" + i);
            Table.Builder b = Table.builder(name)
                    .addColumn(Column.of("id", DataType.of("bigint")).withNullable(false).withSerial(Column.SerialKind.BIGSERIAL))
                    .primaryKey(PrimaryKey.of("t" + i + "_pkey", "id"));
            int columns = 6 + random.nextInt(9);
            for (int c = 0; c < columns; c++) {
                String type = TYPES[random.nextInt(TYPES.length)];
                DataType dt = type.equals("varchar") ? DataType.of("varchar", "255")
                        : type.equals("numeric") ? DataType.of("numeric", "12", "2") : DataType.of(type);
                b.addColumn(Column.of("c" + c, dt).withNullable(random.nextInt(3) > 0));
            }
            int fks = i == 0 ? 0 : random.nextInt(4);
            for (int f = 0; f < fks; f++) {
                int target = random.nextInt(i);
                String col = "t" + target + "_id_" + f;
                b.addColumn(Column.of(col, DataType.of("bigint")).withNullable(random.nextBoolean()));
                b.addForeignKey(ForeignKey.of("t" + i + "_" + col + "_fkey", List.of(col),
                        QualifiedName.of("public", "t" + target), List.of("id")));
                if (random.nextBoolean()) {
                    b.addIndex(Index.on("t" + i + "_" + col + "_idx", false, col));
                }
            }
            if (random.nextInt(4) == 0) {
                b.addCheck(CheckConstraint.of("t" + i + "_c0_check", "c0 IS NOT NULL"));
            }
            b.addIndex(Index.on("t" + i + "_c1_idx", false, "c1"));
            tables.add(b.build());
        }
        return Schema.ofTables(tables).normalize();
    }
}

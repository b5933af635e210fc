package dev.lintel.model.lint;

import static dev.lintel.model.lint.Schemas.*;

import dev.lintel.model.schema.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small random schemas and single random edits, to compare incremental and full lint. */
final class RandomSchemas {
    private static final String[][] COLUMNS = {
            {"id", "integer"}, {"user_id", "bigint"}, {"status", "varchar(50)"}, {"email", "text"},
            {"created_at", "timestamp"}, {"deleted", "boolean"}, {"metadata", "json"}, {"price", "real"},
            {"code", "char(2)"}, {"Name", "text"}, {"ref", "integer"}, {"t1_id", "bigint"}, {"parent_id", "integer"},
            {"created_by", "bigint"}};
    private static final String[] TYPES = {"integer", "bigint", "text", "timestamptz", "boolean", "jsonb", "geometry"};

    private final Random random;

    RandomSchemas(long seed) {
        random = new Random(seed);
    }

    Schema schema() {
        List<Table> tables = new ArrayList<>();
        int n = 2 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            tables.add(table("t" + i, n));
        }
        return Schema.ofTables(tables);
    }

    private Table table(String name, int tableCount) {
        Table.Builder b = Table.builder(q(name));
        b.addColumn(req("id", random.nextBoolean() ? "integer" : "bigint"));
        for (String[] c : COLUMNS) {
            if (!c[0].equals("id") && random.nextInt(3) == 0) {
                b.addColumn(random.nextBoolean() ? col(c[0], c[1]) : req(c[0], c[1]));
            }
        }
        if (random.nextInt(4) > 0) {
            b.primaryKey(PrimaryKey.of(name + "_pkey", "id"));
        }
        for (int k = random.nextInt(3); k > 0; k--) {
            b.addForeignKey(randomFk(b.build(), tableCount));
        }
        for (int k = random.nextInt(3); k > 0; k--) {
            b.addIndex(randomIndex(b.build()));
        }
        return b.build();
    }

    private ForeignKey randomFk(Table t, int tableCount) {
        String col = t.columns().get(random.nextInt(t.columns().size())).name();
        String target = "t" + random.nextInt(tableCount + 1); // sometimes a table that does not exist
        QualifiedName ref = random.nextBoolean() ? q(target) : QualifiedName.unqualified(target);
        ForeignKey fk = ForeignKey.of(t.name().name() + "_fk" + random.nextInt(1000), List.of(col), ref,
                random.nextBoolean() ? List.of("id") : List.of());
        return random.nextInt(4) == 0 ? fk.withActions(ForeignKey.Action.CASCADE, null) : fk;
    }

    private Index randomIndex(Table t) {
        String col = t.columns().get(random.nextInt(t.columns().size())).name();
        String where = random.nextInt(3) == 0 ? col + " IS NOT NULL" : null;
        return new Index(t.name().name() + "_idx" + random.nextInt(1000), random.nextInt(4) == 0, "btree",
                List.of(IndexKey.column(col)), List.of(), where, false);
    }

    private Index uniqueOn(Table t) {
        String col = t.columns().get(random.nextInt(t.columns().size())).name();
        return new Index(t.name().name() + "_uq" + random.nextInt(1000), true, "btree", List.of(IndexKey.column(col)), List.of(), null, false);
    }

    /** One edit a user could make on the canvas. */
    Schema edit(Schema s) {
        List<Table> tables = s.tables();
        Table t = tables.get(random.nextInt(tables.size()));
        return switch (random.nextInt(12)) {
            case 0 -> s.mapTable(t.name(), x -> x.withColumns(x.columns().stream().map(c -> random.nextBoolean() ? c
                    : c.withType(type(TYPES[random.nextInt(TYPES.length)]))).toList()));
            case 1 -> s.mapTable(t.name(), x -> x.withColumns(x.columns().stream().map(c -> c.withNullable(!c.nullable())).toList()));
            case 2 -> s.mapTable(t.name(), x -> x.toBuilder().addIndex(randomIndex(x)).build());
            case 3 -> s.mapTable(t.name(), x -> x.toBuilder().indexes(List.of()).build());
            case 4 -> s.mapTable(t.name(), x -> x.toBuilder().addForeignKey(randomFk(x, tables.size())).build());
            case 5 -> s.mapTable(t.name(), x -> x.toBuilder().foreignKeys(List.of()).build());
            case 6 -> s.removeTable(t.name());
            case 7 -> s.addTable(table("t" + (tables.size() + random.nextInt(3)), tables.size() + 2));
            case 8 -> s.mapTable(t.name(), x -> x.withName(q("t" + random.nextInt(tables.size() + 2))));
            // Edits of keys and of names that look like references: what relationship discovery reads.
            case 9 -> s.mapTable(t.name(), x -> x.toBuilder().addIndex(uniqueOn(x)).build());
            case 10 -> s.mapTable(t.name(), x -> x.toBuilder().primaryKey(random.nextBoolean() ? null
                    : PrimaryKey.of(x.name().name() + "_pkey", x.columns().get(random.nextInt(x.columns().size())).name())).build());
            default -> s.mapTable(t.name(), x -> x.withColumns(x.columns().stream().map(c -> random.nextInt(3) > 0 ? c
                    : c.withName("t" + random.nextInt(tables.size() + 1) + "_id")).toList()));
        };
    }
}

package dev.lintel.model.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void normalizeMakesSchemasThatDifferOnlyInOrderEqual() {
        Schema shop = TestSchemas.shop();
        List<Table> shuffled = new ArrayList<>(shop.tables());
        Collections.reverse(shuffled);
        Schema permuted = shop.withTables(shuffled.stream()
                .map(t -> t.toBuilder().indexes(reversed(t.indexes())).foreignKeys(reversed(t.foreignKeys())).build())
                .toList());
        assertNotEquals(shop.tables(), permuted.tables());
        assertEquals(shop, permuted.normalize());
    }

    @Test
    void normalizeKeepsColumnAndEnumValueOrder() {
        Schema shop = TestSchemas.shop();
        Table orders = shop.table(QualifiedName.of("public", "orders")).orElseThrow();
        assertEquals(List.of("id", "user_id", "status", "total", "tags"), orders.columns().stream().map(Column::name).toList());
        assertEquals(List.of("new", "paid", "done"), shop.enums().get(0).values());
    }

    @Test
    void recordsAreImmutable() {
        Table t = TestSchemas.shop().tables().get(0);
        assertThrows(UnsupportedOperationException.class, () -> t.columns().add(Column.of("x", DataType.of("text"))));
    }

    @Test
    void findsForeignKeysReferencingATable() {
        Schema shop = TestSchemas.shop();
        var refs = shop.foreignKeysReferencing(QualifiedName.of("public", "users"));
        assertEquals(1, refs.size());
        assertEquals("orders_user_id_fkey", refs.get(0).getValue().name());
    }

    @Test
    void resolvesImplicitReferenceToPrimaryKey() {
        Schema shop = TestSchemas.shop();
        ForeignKey implicit = ForeignKey.of("fk", List.of("user_id"), QualifiedName.of("public", "users"), List.of());
        assertEquals(List.of("id"), shop.resolvedReferencedColumns(implicit));
    }

    @Test
    void indexesCoveringMatchLeadingColumnsInAnyOrder() {
        Table orders = TestSchemas.shop().table(QualifiedName.of("public", "orders")).orElseThrow();
        assertEquals(1, Schema.indexesCovering(orders, List.of("user_id")).size());
        assertEquals(1, Schema.indexesCovering(orders, List.of("id")).size(), "only the primary key leads with id");
        assertTrue(Schema.indexesCovering(orders, List.of("total")).isEmpty(), "INCLUDE columns do not serve lookups");
    }

    @Test
    void objectPathRoundTripsThroughText() {
        Random random = new Random(7);
        String alphabet = "ab.\\ \"é_";
        for (int i = 0; i < 500; i++) {
            String schema = random.nextBoolean() ? null : randomName(random, alphabet);
            ObjectPath path = switch (i % 3) {
                case 0 -> ObjectPath.table(QualifiedName.of(schema, randomName(random, alphabet)));
                case 1 -> ObjectPath.column(QualifiedName.of(schema, randomName(random, alphabet)), randomName(random, alphabet));
                default -> ObjectPath.of(ObjectPath.Kind.ENUM, QualifiedName.of(schema, randomName(random, alphabet)));
            };
            assertEquals(path, ObjectPath.parse(path.toString()), path.toString());
        }
        assertEquals("column:public.invoice.account_id",
                ObjectPath.column(QualifiedName.of("public", "invoice"), "account_id").toString());
    }

    private static String randomName(Random random, String alphabet) {
        int len = 1 + random.nextInt(6);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString().isBlank() ? "x" : sb.toString();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}

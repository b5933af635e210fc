package dev.lintel.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TablePasteTest {
    private static final QualifiedName CUSTOMERS = QualifiedName.of("public", "customers");
    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
    private static final QualifiedName ITEMS = QualifiedName.of("public", "order_items");
    private static final QualifiedName PRODUCTS = QualifiedName.of("public", "products");
    private static final QualifiedName STATUS = QualifiedName.of("public", "order_status");

    private static Table keyed(QualifiedName name, Column... more) {
        Table.Builder b = Table.builder(name).addColumn(Column.of("id", DataType.of("bigint")).withNullable(false));
        for (Column c : more) {
            b.addColumn(c);
        }
        return b.primaryKey(PrimaryKey.of(name.name() + "_pkey", "id")).build();
    }

    /** customers, products; orders -> customers (with an enum status); order_items -> orders (unqualified), products. */
    private static Schema shop() {
        Table orders = keyed(ORDERS, Column.of("customer_id", DataType.of("bigint")),
                Column.of("status", new DataType("order_status", List.of(), 0, STATUS))).toBuilder()
                .addForeignKey(ForeignKey.of("orders_customer_id_fkey", List.of("customer_id"), CUSTOMERS, List.of("id")))
                .build();
        Table items = keyed(ITEMS, Column.of("order_id", DataType.of("bigint")), Column.of("product_id", DataType.of("bigint")))
                .toBuilder()
                .addForeignKey(ForeignKey.of("order_items_order_id_fkey", List.of("order_id"),
                        QualifiedName.unqualified("orders"), List.of("id")))
                .addForeignKey(ForeignKey.of("order_items_product_id_fkey", List.of("product_id"), PRODUCTS, List.of("id")))
                .addIndex(Index.on("order_items_order_id_idx", false, "order_id"))
                .build();
        return Schema.ofTables(List.of(keyed(CUSTOMERS), orders, items, keyed(PRODUCTS)))
                .withEnums(List.of(new EnumType(STATUS, List.of("new", "paid"), null)));
    }

    private static Schema copyOf(Schema s, QualifiedName... tables) {
        List<QualifiedName> wanted = List.of(tables);
        return Schema.ofTables(s.tables().stream().filter(t -> wanted.contains(t.name())).toList()).withEnums(s.enums());
    }

    @Test
    void pastingIntoTheSameDesignRenamesTheCopiesKeepsTheirKeyAndUndoesInOneStep() {
        Schema shop = shop();
        TablePaste.Plan plan = TablePaste.plan(shop, copyOf(shop, ORDERS, ITEMS), "Paste");

        assertEquals(Map.of(ORDERS, ORDERS.withName("orders_copy"), ITEMS, ITEMS.withName("order_items_copy")), plan.names());
        assertEquals("Paste 2 tables", plan.edit().label());
        assertEquals(List.of(), plan.droppedForeignKeys());
        Edit.Applied applied = plan.edit().apply(shop);
        Schema after = applied.schema();
        assertEquals(6, after.tables().size());
        assertEquals(shop.tables(), after.tables().subList(0, 4), "the originals are untouched");
        assertEquals(1, after.enums().size(), "the design has the enum already");

        Table items = after.table(ITEMS.withName("order_items_copy")).orElseThrow();
        assertEquals("order_items_copy_pkey", items.primaryKey().name());
        assertEquals("order_items_copy_order_id_idx", items.indexes().get(0).name());
        ForeignKey toOrders = items.foreignKeys().get(0);
        assertEquals("order_items_copy_order_id_fkey", toOrders.name());
        assertEquals(QualifiedName.unqualified("orders_copy"), toOrders.referencedTable(), "the key between copies follows them");
        assertEquals(PRODUCTS, items.foreignKeys().get(1).referencedTable(), "a key to a table of the design stays");
        Table orders = after.table(ORDERS.withName("orders_copy")).orElseThrow();
        assertEquals(CUSTOMERS, orders.foreignKeys().get(0).referencedTable());

        assertEquals(shop, applied.inverse().apply(after).schema(), "one undo takes both back");
    }

    @Test
    void pastingIntoAnotherDesignKeepsFreeNamesAddsTheEnumAndLeavesOutKeysToMissingTables() {
        Schema shop = shop();
        Schema other = Schema.ofTables(List.of(keyed(CUSTOMERS)));
        TablePaste.Plan plan = TablePaste.plan(other, copyOf(shop, ORDERS, ITEMS), "Paste");

        assertEquals(Map.of(ORDERS, ORDERS, ITEMS, ITEMS), plan.names());
        assertEquals(List.of("order_items.order_items_product_id_fkey \u2192 products"), plan.droppedForeignKeys());
        Edit.Applied applied = plan.edit().apply(other);
        Schema after = applied.schema();
        assertEquals(List.of(STATUS), after.enums().stream().map(EnumType::name).toList(), "the enum the columns use comes along");
        Table items = after.table(ITEMS).orElseThrow();
        assertEquals(List.of("order_items_order_id_fkey"), items.foreignKeys().stream().map(ForeignKey::name).toList());
        assertEquals(CUSTOMERS, after.table(ORDERS).orElseThrow().foreignKeys().get(0).referencedTable(),
                "customers is in this design too");
        assertEquals(other, applied.inverse().apply(after).schema());
    }

    @Test
    void aSecondPasteGetsTheNextFreeNameAndKeyNamesStayUniqueInTheSchema() {
        Schema shop = shop();
        Schema once = TablePaste.plan(shop, copyOf(shop, CUSTOMERS), "Duplicate").edit().apply(shop).schema();
        TablePaste.Plan twice = TablePaste.plan(once, copyOf(shop, CUSTOMERS), "Duplicate");

        assertEquals(CUSTOMERS.withName("customers_copy_2"), twice.names().get(CUSTOMERS));
        assertEquals("Duplicate table customers_copy_2", twice.edit().label());
        Schema copyOfCopy = Schema.ofTables(List.of(once.table(CUSTOMERS.withName("customers_copy")).orElseThrow()));
        assertEquals(CUSTOMERS.withName("customers_copy_2"),
                TablePaste.plan(once, copyOfCopy, "Duplicate").names().get(CUSTOMERS.withName("customers_copy")),
                "a copy of a copy is numbered, not customers_copy_copy");

        // An index elsewhere already has the name the copy's key would get: the key gets another.
        Schema taken = shop.mapTable(PRODUCTS, t -> t.toBuilder().addIndex(Index.on("customers_copy_pkey", false, "id")).build());
        Schema pasted = TablePaste.plan(taken, copyOf(shop, CUSTOMERS), "Paste").edit().apply(taken).schema();
        assertEquals("customers_copy_pkey1", pasted.table(CUSTOMERS.withName("customers_copy")).orElseThrow().primaryKey().name());
    }

    @Test
    void namesThatCarryTheTableNameFollowIt() {
        assertEquals("orders_copy_pkey", TablePaste.renamed("orders_pkey", "orders", "orders_copy"));
        assertEquals("idx_orders_copy_created", TablePaste.renamed("idx_orders_created", "orders", "orders_copy"));
        assertEquals("fk_orders_copy", TablePaste.renamed("fk_orders", "orders", "orders_copy"));
        assertEquals("pk_customer", TablePaste.renamed("pk_customer", "orders", "orders_copy"));
        assertEquals("orders_pkey", TablePaste.renamed("orders_pkey", "orders", "orders"));
    }

    @Test
    void nothingToPasteIsRefused() {
        assertThrows(EditException.class, () -> TablePaste.plan(shop(), Schema.empty(), "Paste"));
        assertTrue(TablePaste.plan(shop(), copyOf(shop(), PRODUCTS), "Paste").edit() instanceof Composite);
    }
}

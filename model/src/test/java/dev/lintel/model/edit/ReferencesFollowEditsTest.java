package dev.lintel.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Renames rewrite every reference to the renamed object; drops take their dependents along, and undo brings them back. */
class ReferencesFollowEditsTest {
    private static final Schema SHOP = EditSchemas.parse("""
            CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE, CHECK (email <> ''));
            CREATE TABLE orders (
                id bigint PRIMARY KEY,
                user_id bigint NOT NULL REFERENCES users (id),
                buyer_email text REFERENCES users (email),
                total numeric(10,2),
                CONSTRAINT orders_total_check CHECK (total >= 0 AND 'total' <> 'x'));
            CREATE INDEX orders_user_idx ON orders (user_id) WHERE total > 0;
            CREATE INDEX orders_lower_idx ON orders ((lower(buyer_email)));
            CREATE TABLE notes (id bigint PRIMARY KEY, order_id bigint REFERENCES public.orders);
            """);
    private static final QualifiedName USERS = QualifiedName.of("public", "users");
    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");

    @Test
    void renamingAColumnRewritesKeysIndexesChecksAndForeignKeysPointingAtIt() {
        Schema s = new ColumnEdits.RenameColumn(ORDERS, "total", "amount").apply(SHOP).schema();
        Table orders = s.table(ORDERS).orElseThrow();
        assertEquals("amount >= 0 AND 'total' <> 'x'", orders.checks().get(0).expression(), "string literals stay");
        assertEquals("amount > 0", index(orders, "orders_user_idx").where());

        Schema t = new ColumnEdits.RenameColumn(USERS, "email", "mail").apply(SHOP).schema();
        Table users = t.table(USERS).orElseThrow();
        assertEquals(List.of("mail"), users.uniqueConstraints().get(0).columns());
        assertTrue(users.checks().get(0).expression().startsWith("mail"), users.checks().get(0).expression());
        ForeignKey byEmail = t.table(ORDERS).orElseThrow().foreignKeys().stream()
                .filter(f -> f.columns().equals(List.of("buyer_email"))).findFirst().orElseThrow();
        assertEquals(List.of("mail"), byEmail.referencedColumns());

        Schema u = new ColumnEdits.RenameColumn(ORDERS, "buyer_email", "email").apply(SHOP).schema();
        Table renamed = u.table(ORDERS).orElseThrow();
        assertEquals("lower(email)", index(renamed, "orders_lower_idx").keys().get(0).expression());
        assertTrue(renamed.foreignKeys().stream().anyMatch(f -> f.columns().equals(List.of("email"))));

        Schema v = new ColumnEdits.RenameColumn(USERS, "id", "user_id").apply(SHOP).schema();
        assertEquals(List.of("user_id"), v.table(USERS).orElseThrow().primaryKey().columns());
        assertTrue(v.table(ORDERS).orElseThrow().foreignKeys().stream()
                .anyMatch(f -> f.referencedColumns().equals(List.of("user_id"))));
    }

    @Test
    void renamingATableRetargetsForeignKeysAndKeepsHowTheyWereWritten() {
        Schema s = EditSchemas.parse("""
                CREATE TABLE orders (id bigint PRIMARY KEY);
                CREATE TABLE a (o bigint REFERENCES orders);
                CREATE TABLE b (o bigint REFERENCES public.orders);
                """);
        Edit.Applied applied = new TableEdits.RenameTable(ORDERS, "purchases").apply(s);
        Schema after = applied.schema();
        assertEquals(QualifiedName.of("public", "purchases"),
                after.table(QualifiedName.of("public", "b")).orElseThrow().foreignKeys().get(0).referencedTable());
        QualifiedName fromA = after.table(QualifiedName.of("public", "a")).orElseThrow().foreignKeys().get(0).referencedTable();
        assertEquals("purchases", fromA.name());
        assertEquals(s.table(QualifiedName.of("public", "a")).orElseThrow().foreignKeys().get(0).referencedTable().schema(),
                fromA.schema());
        assertInstanceOf(TableEdits.RenameTable.class, applied.inverse(), "a rename is undone by renaming back");
        assertEquals(s, applied.inverse().apply(after).schema());
    }

    @Test
    void droppingATableDropsTheForeignKeysOfOtherTablesAndUndoRestoresThemInPlace() {
        assertEquals(List.of("orders.orders_buyer_email_fkey", "orders.orders_user_id_fkey"),
                TableEdits.dependentForeignKeys(SHOP, USERS));
        Edit.Applied applied = new TableEdits.DropTable(USERS).apply(SHOP);
        Table orders = applied.schema().table(ORDERS).orElseThrow();
        assertEquals(List.of(), orders.foreignKeys());
        Schema undone = applied.inverse().apply(applied.schema()).schema();
        assertEquals(SHOP, undone);
        int position = SHOP.tables().indexOf(SHOP.table(USERS).orElseThrow());
        assertEquals(USERS, undone.tables().get(position).name(), "the table comes back at its position");
    }

    @Test
    void droppingAColumnDropsWhatUsesItHereAndElsewhere() {
        Schema s = new ColumnEdits.DropColumn(USERS, "email").apply(SHOP).schema();
        assertEquals(List.of(), s.table(USERS).orElseThrow().uniqueConstraints());
        assertEquals(List.of(), s.table(USERS).orElseThrow().checks());
        assertEquals(List.of("orders_user_id_fkey"),
                s.table(ORDERS).orElseThrow().foreignKeys().stream().map(ForeignKey::name).toList());

        Schema t = new ColumnEdits.DropColumn(ORDERS, "total").apply(SHOP).schema();
        Table orders = t.table(ORDERS).orElseThrow();
        assertEquals(List.of(), orders.checks());
        assertEquals(List.of("orders_lower_idx"), orders.indexes().stream().map(Index::name).toList(),
                "the partial index on total goes, the other stays");
    }

    @Test
    void editsThatDoNotFitAreRefusedWithAReason() {
        EditException taken = assertThrows(EditException.class,
                () -> new TableEdits.RenameTable(ORDERS, "users").apply(SHOP));
        assertEquals("There is already a table or view named public.users", taken.getMessage());
        assertThrows(EditException.class, () -> new ColumnEdits.RenameColumn(ORDERS, "total", "id").apply(SHOP));
        assertThrows(EditException.class, () -> new ColumnEdits.SetNullable(ORDERS, "id", true).apply(SHOP));
        assertThrows(EditException.class, () -> new ColumnEdits.DropColumn(ORDERS, "nope").apply(SHOP));
        Schema withEnum = EditSchemas.parse("CREATE TYPE mood AS ENUM ('a'); CREATE TABLE p (m mood);");
        assertThrows(EditException.class, () -> new EnumEdits.DropEnum(QualifiedName.of("public", "mood")).apply(withEnum));
    }

    @Test
    void aCompositeIsOneStepBothWays() {
        Composite fkAndIndex = Composite.of("Add foreign key + index",
                new ConstraintEdits.AddForeignKey(ORDERS, ForeignKey.of("orders_total_fk", List.of("total"), USERS, List.of("id"))),
                new ConstraintEdits.AddIndex(ORDERS, Index.on("orders_total_idx", false, "total")));
        Edit.Applied applied = fkAndIndex.apply(SHOP);
        Table orders = applied.schema().table(ORDERS).orElseThrow();
        assertTrue(orders.foreignKeys().stream().anyMatch(f -> f.name().equals("orders_total_fk")));
        assertTrue(orders.indexes().stream().anyMatch(i -> i.name().equals("orders_total_idx")));
        assertEquals(SHOP, applied.inverse().apply(applied.schema()).schema());
        // All or nothing: a failing second part leaves the schema as it was.
        Composite broken = Composite.of("Broken", new ColumnEdits.SetDefault(ORDERS, "total", "0"),
                new ColumnEdits.DropColumn(ORDERS, "missing"));
        assertThrows(EditException.class, () -> broken.apply(SHOP));
    }

    private static Index index(Table t, String name) {
        return t.indexes().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }
}
